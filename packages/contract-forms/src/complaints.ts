// `forms.complaints` (客户投诉, 表8): a complaint as a case — its statuses, categories and their time limits, the
// escalation line, and the inputs of the procedures. The case rules live in services/forms/src/complaints/domain;
// what a page also shows (labels, the limits, the countdown's source) is here.
import { commonErrors, pageInput, text } from '@duda/contract-kit';
import { z } from 'zod';
import { complaintsErrors } from './complaints-errors.ts';

/** The one status enum, in the order a case moves: 受理 → 分类 → 调查 → 处理 → 答复 → 回访 → 结案. */
export const COMPLAINT_STATUSES = [
  'RECEIVED',
  'CLASSIFIED',
  'INVESTIGATING',
  'RESOLVED',
  'FEEDBACK_GIVEN',
  'FOLLOWED_UP',
  'CLOSED',
] as const;
export type ComplaintStatus = (typeof COMPLAINT_STATUSES)[number];

export const COMPLAINT_CATEGORIES = ['BUSINESS', 'SERVICE', 'PRODUCT'] as const;
export type ComplaintCategory = (typeof COMPLAINT_CATEGORIES)[number];

export const COMPLAINT_CHANNELS = ['HALL', 'PHONE', 'ONLINE'] as const;
export type ComplaintChannel = (typeof COMPLAINT_CHANNELS)[number];

/** What the history records: the handlers' steps, and the escalation job's. */
export const COMPLAINT_ACTIONS = [
  'INTAKE',
  'CLASSIFY',
  'INVESTIGATE',
  'RESOLVE',
  'FEEDBACK',
  'FOLLOW_UP',
  'CLOSE',
  'ESCALATE',
] as const;
export type ComplaintAction = (typeof COMPLAINT_ACTIONS)[number];

/** Who answers for an open case: the hall manager, then, each time its limit passes, the next one up the line. */
export const COMPLAINT_LEVELS = ['HALL', 'DISTRICT', 'CITY'] as const;
export type ComplaintLevel = (typeof COMPLAINT_LEVELS)[number];

export const COMPLAINT_SATISFACTION = ['SATISFIED', 'UNSATISFIED'] as const;
export type ComplaintSatisfaction = (typeof COMPLAINT_SATISFACTION)[number];

/**
 * Hours from intake to closing (办结时限) per category, unless a city sets its own: a service complaint (an
 * attitude, a wait) is settled within a day, a business one (a wrong charge, a failed order) within two, a product
 * one (a handset, coverage) needs the supplier or the network side: three. Each escalation gives the level above
 * the same time again.
 */
export const DEFAULT_COMPLAINT_LIMIT_HOURS: Readonly<Record<ComplaintCategory, number>> = {
  SERVICE: 24,
  BUSINESS: 48,
  PRODUCT: 72,
};

/** The contact as everyone outside the case sees it: the first and last characters kept (138****5678). */
export function maskContact(contact: string): string {
  const chars = [...contact];
  if (chars.length <= 4) return '*'.repeat(chars.length);
  const keep = chars.length >= 11 ? [3, 4] : [1, 1];
  return chars.slice(0, keep[0]).join('') + '****' + chars.slice(chars.length - keep[1]!).join('');
}

/**
 * The forms kept as cases, not as plain records (案件表单), by the form's key (a city's copy keeps its original's):
 * 表8 is taken in as a complaint case (投诉受理), where the customer's contact stays with the case's handlers. Such a
 * form is never filled in through forms.submissions; the fill list sends it to its intake instead. `private`:
 * the fields of a record filled in before (an old 表8 record) shown masked to all but its handlers.
 */
export const CASE_FORMS: Readonly<Record<string, { kind: 'complaint'; private: readonly string[] }>> = {
  表8: { kind: 'complaint', private: ['contact'] },
};
export type CaseFormKind = (typeof CASE_FORMS)[string]['kind'];

/** The case a form's key is kept as, or null for a plain form. */
export const caseFormOf = (code: string) => (Object.hasOwn(CASE_FORMS, code) ? CASE_FORMS[code]! : null);

/** What a city may set as its own time limit: whole hours, at most 30 days. */
export const COMPLAINT_LIMIT_MAX_HOURS = 720;

const id = z.uuid({ error: commonErrors.invalidId.code });
const limitHours = z
  .number({ error: complaintsErrors.limitHours.code })
  .int({ error: complaintsErrors.limitHours.code })
  .min(1, { error: complaintsErrors.limitHours.code })
  .max(COMPLAINT_LIMIT_MAX_HOURS, { error: complaintsErrors.limitHours.code });
const person = z.object({ personId: id, name: text().trim().min(1).max(40) });
const note = text().trim().min(1).max(2000);
const byCase = z.object({ id });
const month = text().regex(/^(19\d{2}|2\d{3})-(0[1-9]|1[0-2])$/, {
  error: complaintsErrors.monthFormat.code,
});

export const complaintInputs = {
  /** 受理: at the counter, by phone or online; the evidence is uploaded first (forms.submissions.uploadFile). */
  take: z.object({
    hallId: id,
    customerName: text().trim().min(1).max(40),
    contact: text().trim().min(3).max(60),
    channel: z.enum(COMPLAINT_CHANNELS),
    category: z.enum(COMPLAINT_CATEGORIES),
    description: note,
    /** The staff member the customer complains about, if they name one (被投诉人). */
    staff: person.nullish(),
    evidenceFileIds: z.array(id).max(10).default([]),
  }),
  /** 分类分派: the category confirmed or changed, and the handler named. */
  classify: byCase.extend({
    category: z.enum(COMPLAINT_CATEGORIES),
    assignee: person,
    note: note.optional(),
  }),
  /** 调查: one note of what was found; the first one starts the investigation. */
  investigate: byCase.extend({ note }),
  /** 处理结果: whose responsibility, what compensation, which improvement measures. */
  resolve: byCase.extend({
    responsibility: note,
    compensation: text().trim().max(500).optional(),
    measures: note,
    /** The staff member found responsible, counted against them (per person per month). */
    responsiblePerson: person.nullish(),
  }),
  /** 答复客户: what the customer was told. */
  feedback: byCase.extend({ note }),
  /** 回访: the customer's satisfaction; not satisfied sends the case back to investigation. */
  followUp: byCase.extend({ satisfaction: z.enum(COMPLAINT_SATISFACTION), note }),
  close: byCase.extend({ note: note.optional() }),
  get: byCase,
  list: pageInput.extend({
    status: z.array(z.enum(COMPLAINT_STATUSES)).max(COMPLAINT_STATUSES.length).optional(),
    category: z.enum(COMPLAINT_CATEGORIES).optional(),
    hallId: id.optional(),
    /** Open cases past their time limit. */
    overdue: z.boolean().optional(),
    /** Cases escalated at least once. */
    escalated: z.boolean().optional(),
    /** Cases the caller handles themself. */
    mine: z.boolean().optional(),
    /** Words of the description or the customer's name. */
    q: text().trim().max(40).optional(),
  }),
  /** Complaints taken in a month (China time), per hall and per responsible person, within the caller's scope. */
  counts: z.object({ month, orgNodeId: id.optional() }),
  /** A city's own time limits per category (办结时限); null keeps the default (DEFAULT_COMPLAINT_LIMIT_HOURS). */
  setLimits: z.object({
    cityId: id,
    hours: z.object({
      SERVICE: limitHours.nullable(),
      BUSINESS: limitHours.nullable(),
      PRODUCT: limitHours.nullable(),
    }) satisfies z.ZodType<Record<ComplaintCategory, number | null>>,
  }),
};
export type ComplaintTakeInput = z.input<typeof complaintInputs.take>;

/**
 * How many of the complaints counted `forms.complaints.counts` lists by id, oldest first: a clerk is found
 * responsible for a handful a month, a busy hall takes a few dozen. The `total` beside a list stays exact when the
 * list stops at its cap.
 */
export const COUNTED_COMPLAINTS_CAP = { hall: 50, person: 20 } as const;

/**
 * One complaint counted (the evidence behind a 投诉件数 figure): what the scorecard names and opens it by, and no
 * customer name, contact or description — whoever reads the scorecard may not be one of the case's readers.
 */
const countedComplaint = z.object({
  id,
  number: z.number().int().positive(),
  receivedAt: z.date(),
  category: z.enum(COMPLAINT_CATEGORIES),
  /** `投诉 #12（服务类）`: the case's number and category in Chinese, as performance keeps its evidence titles. */
  title: z.string().min(1).max(40),
});
const tally = z.number().int().nonnegative();

/** What the procedures answer, where another area keeps the answer (performance stores `counts` as evidence). */
export const complaintOutputs = {
  counts: z.object({
    month: z.string(),
    halls: z.array(
      z.object({
        hallId: id,
        hallName: z.string(),
        total: tally,
        closed: tally,
        escalated: tally,
        complaints: z.array(countedComplaint).max(COUNTED_COMPLAINTS_CAP.hall),
      }),
    ),
    people: z.array(
      z.object({
        personId: id,
        name: z.string(),
        total: tally,
        complaints: z.array(countedComplaint).max(COUNTED_COMPLAINTS_CAP.person),
      }),
    ),
  }),
};
export type ComplaintCountsOutput = z.infer<typeof complaintOutputs.counts>;
export type CountedComplaint = z.infer<typeof countedComplaint>;
