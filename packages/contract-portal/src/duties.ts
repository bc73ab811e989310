// `portal.duties` (必做): recurring duties per role (每日/每周/每月必做), each person's tasks per period, completed by
// evidence from other areas' events or by a tick with a note; completion rates for a supervisor's scope.
import { commonErrors, defineTerms, formDataInput, text, type Locale } from '@duda/contract-kit';
import { isCalendarDate } from '@duda/month';
import { z } from 'zod';
import { dutiesErrors } from './duties-errors.ts';

export const DUTY_CADENCES = ['DAILY', 'WEEKLY', 'MONTHLY'] as const;
export type DutyCadence = (typeof DUTY_CADENCES)[number];

/** The roles docs/domain.md "Duties" gives a list to. */
export const DUTY_ROLES = [
  'city_supervisor',
  'district_supervisor',
  'hall_manager',
  'duty_manager',
  'manager_assistant',
] as const;
export type DutyRole = (typeof DUTY_ROLES)[number];

/** The supervision tier (市/区县/基层) a duty role belongs to: the rates' per-level summary. */
export const DUTY_TIERS = ['city', 'district', 'hall'] as const;
export type DutyTier = (typeof DUTY_TIERS)[number];
export const TIER_OF_ROLE: Record<DutyRole, DutyTier> = {
  city_supervisor: 'city',
  district_supervisor: 'district',
  hall_manager: 'hall',
  duty_manager: 'hall',
  manager_assistant: 'hall',
};

/**
 * What another area's event counts toward: the person's own submitted checks, visits, closed orders, forms; a
 * unit's exam held; a hall's meeting recorded (表4).
 */
export const DUTY_EVIDENCE_KINDS = [
  'DAILY_CHECK',
  'SELF_CHECK',
  'SUPERVISION_VISIT',
  'RECTIFICATION_CLOSED',
  'WORK_LOG',
  'MONTHLY_REPORT',
  'MONTHLY_PLAN',
  'ROSTER',
  'EXAM_HELD',
  'WEEKLY_MEETING',
  'MONTHLY_MEETING',
] as const;
export type DutyEvidenceKind = (typeof DUTY_EVIDENCE_KINDS)[number];

export const DUTY_EVIDENCE_LABELS: Record<DutyEvidenceKind, Record<Locale, string>> = {
  DAILY_CHECK: { 'zh-CN': '提交日检单', en: 'Daily checklist submitted' },
  SELF_CHECK: { 'zh-CN': '提交营业厅自查', en: 'Hall self-check submitted' },
  SUPERVISION_VISIT: { 'zh-CN': '提交明查/交叉检查/暗访', en: 'Supervision visit submitted' },
  RECTIFICATION_CLOSED: { 'zh-CN': '整改单验证通过', en: 'Rectification order accepted' },
  WORK_LOG: { 'zh-CN': '提交当天工作日志', en: "The day's work log saved" },
  MONTHLY_REPORT: { 'zh-CN': '提交营业厅月报（表2）', en: 'Hall monthly report (表2) submitted' },
  MONTHLY_PLAN: { 'zh-CN': '提交营业厅月工作计划（表1）', en: 'Hall monthly work plan (表1) submitted' },
  ROSTER: { 'zh-CN': '提交营业厅排班表（表3）', en: 'Hall roster (表3) submitted' },
  EXAM_HELD: { 'zh-CN': '本单位月度笔试已举行', en: "The unit's monthly written exam held" },
  WEEKLY_MEETING: { 'zh-CN': '提交周例会会议记录（表4）', en: 'Weekly meeting record (表4) submitted' },
  MONTHLY_MEETING: { 'zh-CN': '提交月度会议记录（表4）', en: 'Monthly meeting record (表4) submitted' },
};

/** The evidence kinds as terms, for a refusal that names one. */
export const dutyEvidenceTerms = defineTerms('portal.duties.evidence', DUTY_EVIDENCE_LABELS);

export const DUTY_STATUSES = ['OPEN', 'DONE', 'MISSED'] as const;
export type DutyStatus = (typeof DUTY_STATUSES)[number];

/** The span "my duties" shows: the tasks of the day, of the week (Monday to Sunday), of the month. */
export const DUTY_SPANS = ['day', 'week', 'month'] as const;
export type DutySpan = (typeof DUTY_SPANS)[number];

/** A China calendar day, `YYYY-MM-DD`, between 2000 and 2999. */
export const dutyDate = text()
  .regex(/^2\d{3}-\d{2}-\d{2}$/)
  .refine(isCalendarDate);

/** Where a duty's photo is read (an <img> cannot go through tRPC); the route checks the viewer itself. */
export const DUTY_PHOTO_PATH = '/api/portal/duty-photos';
export const dutyPhotoUrl = (photoId: string) => `${DUTY_PHOTO_PATH}/${photoId}`;

/** The largest photo a tick takes, in MB (within the gateway's 12 MB upload limit). */
export const MAX_DUTY_PHOTO_MEGABYTES = 10;

const time = text().regex(/^([01]\d|2[0-3]):[0-5]\d$/);
const spanInput = z.object({ span: z.enum(DUTY_SPANS).default('day'), date: dutyDate.nullish() });

const templateFields = z.object({
  /** An existing duty's code changes it (a new version); none adds a duty. */
  code: text()
    .regex(/^[a-z0-9_.-]{1,60}$/)
    .nullish(),
  role: z.enum(DUTY_ROLES),
  cadence: z.enum(DUTY_CADENCES),
  title: text().trim().min(1).max(60),
  target: z.number().int().min(1).max(50),
  dueDay: z.number().int().min(1).max(31).nullable(),
  dueTime: time,
  windowStart: time.nullable(),
  weekdaysOnly: z.boolean(),
  evidence: z.enum(DUTY_EVIDENCE_KINDS).nullable(),
  active: z.boolean(),
});

export const dutyInputs = {
  mine: spanInput,
  tick: z.object({
    taskId: z.uuid({ error: commonErrors.invalidId.code }),
    note: text().trim().min(1).max(500),
    /** A photo uploaded for this task (uploadPhoto) that the tick carries as evidence. */
    photoId: z.uuid({ error: commonErrors.invalidId.code }).nullish(),
  }),
  /** The photo (multipart: `file`) and the task it is evidence for, uploaded before the tick. */
  uploadPhoto: formDataInput().transform((form, issue) => {
    const file = form.get('file');
    const taskId = form.get('taskId');
    if (!(file instanceof File))
      issue.addIssue({ code: 'custom', message: dutiesErrors.photoRequired.code, path: ['file'] });
    if (typeof taskId !== 'string' || !z.uuid().safeParse(taskId).success)
      issue.addIssue({ code: 'custom', message: commonErrors.invalidId.code, path: ['taskId'] });
    return { file: file as File, taskId: taskId as string };
  }),
  /** A person's duties as a supervisor sees them (with their evidence and photos). */
  person: spanInput.extend({ personId: z.uuid({ error: commonErrors.invalidId.code }) }),
  saveTemplate: templateFields
    .refine(
      (t) =>
        t.cadence === 'DAILY'
          ? t.dueDay == null
          : t.dueDay != null && (t.cadence === 'MONTHLY' || t.dueDay <= 7),
      { error: dutiesErrors.dueDayRequired.code, path: ['dueDay'] },
    )
    .refine((t) => t.windowStart === null || t.cadence === 'DAILY', {
      error: dutiesErrors.windowDailyOnly.code,
      path: ['windowStart'],
    })
    .refine((t) => t.windowStart === null || t.windowStart < t.dueTime, {
      error: dutiesErrors.windowAfterDue.code,
      path: ['windowStart'],
    }),
  rates: spanInput,
};

export type DutyTemplateInput = z.infer<typeof dutyInputs.saveTemplate>;

/** One counted piece of evidence, or a tick. */
export interface DutyProofView {
  id: string;
  evidence: DutyEvidenceKind | null;
  note: string | null;
  /** The page that shows the evidence: `/<area>/<link>` in the shell. */
  area: string | null;
  link: string | null;
  occurredAt: Date;
  /** The tick's photo, read through DUTY_PHOTO_PATH. */
  photoUrl: string | null;
}

export interface DutyTaskView {
  id: string;
  code: string;
  cadence: DutyCadence;
  role: DutyRole;
  title: string;
  orgName: string;
  periodStart: string;
  periodEnd: string;
  target: number;
  done: number;
  status: DutyStatus;
  evidence: DutyEvidenceKind | null;
  windowStartAt: Date | null;
  dueAt: Date;
  overdue: boolean;
  proofs: DutyProofView[];
}

export interface MyDuties {
  span: DutySpan;
  /** The span's first and last day. */
  from: string;
  to: string;
  tasks: DutyTaskView[];
  done: number;
  total: number;
}

export interface DutyTemplateView extends DutyTemplateInput {
  id: string;
  code: string;
  version: number;
  effectiveFrom: string;
  /** A change saved for a later period, shown beside the version in force. */
  next: { version: number; effectiveFrom: string } | null;
}

export interface DutyRateRow {
  personId: string;
  personName: string;
  role: DutyRole;
  tier: DutyTier;
  orgName: string;
  done: number;
  missed: number;
  open: number;
  /** done / (done + missed); null while nothing has ended. */
  rate: number | null;
}

export interface DutyRates {
  from: string;
  to: string;
  people: DutyRateRow[];
  tiers: {
    tier: DutyTier;
    people: number;
    done: number;
    missed: number;
    open: number;
    rate: number | null;
  }[];
}
