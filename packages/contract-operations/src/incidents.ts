// `operations.incidents`: an incident (突发事件) handled on a hall's plan, or a drill run through the same live
// checklist (演练模式): steps ticked with time and person, notes and photos, escalation to the district, a review.
import { commonErrors, formDataInput, pageInput, text } from '@duda/contract-kit';
import { z } from 'zod';
import { contingencyErrors } from './plans-errors.ts';
import { queueWarningErrors } from './queue-warnings.ts';

export const INCIDENT_MODES = ['INCIDENT', 'DRILL'] as const;
export type IncidentMode = (typeof INCIDENT_MODES)[number];

export const INCIDENT_MODE_LABELS: Record<IncidentMode, { 'zh-CN': string; en: string }> = {
  INCIDENT: { 'zh-CN': '实战', en: 'Incident' },
  DRILL: { 'zh-CN': '演练', en: 'Drill' },
};

export const INCIDENT_STATUSES = ['OPEN', 'CLOSED'] as const;
export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

export const INCIDENT_STATUS_LABELS: Record<IncidentStatus, { 'zh-CN': string; en: string }> = {
  OPEN: { 'zh-CN': '处置中', en: 'In progress' },
  CLOSED: { 'zh-CN': '已结束', en: 'Closed' },
};

const id = z.uuid({ error: commonErrors.invalidId.code });
const level = z.union([z.literal(1), z.literal(2), z.literal(3)]);

export const incidentInputs = {
  list: pageInput.extend({
    orgNodeId: id.nullish(),
    mode: z.enum(INCIDENT_MODES).nullish(),
    status: z.enum(INCIDENT_STATUSES).nullish(),
  }),
  get: z.object({ id }),
  /** Starts the plan's checklist; a drill run takes the hall's next scheduled drill of the plan, if any. */
  start: z
    .object({
      planId: id,
      mode: z.enum(INCIDENT_MODES),
      level: level.default(1),
      /** The second-level queue warning it is started from (an incident of the hall's crowding plan), if any. */
      warningId: id.nullish(),
    })
    .refine((start) => !start.warningId || start.mode === 'INCIDENT', {
      error: queueWarningErrors.warningNotDrill.code,
      path: ['mode'],
    }),
  tick: z.object({ id, order: z.number().int().min(1).max(30) }),
  note: z
    .object({ id, text: text().trim().max(500).default(''), photoId: id.nullish() })
    .refine((note) => note.text.length > 0 || note.photoId, {
      error: contingencyErrors.noteRequired.code,
      path: ['text'],
    }),
  escalate: z.object({ id, level }),
  /** The district takes note of an escalated incident (its to-do ends). */
  acknowledge: z.object({ id }),
  close: z.object({
    id,
    review: text().trim().min(1, { error: contingencyErrors.reviewRequired.code }).max(1000),
  }),
};

/** Multipart form data: the photo and the incident it belongs to (its hall keeps it). */
export const incidentPhotoInputs = {
  uploadPhoto: formDataInput().transform((form, issue) => {
    const file = form.get('file');
    const incidentId = form.get('incidentId');
    if (!(file instanceof File) || !file.name.trim() || file.name.length > 200) {
      issue.addIssue({ code: 'custom', message: contingencyErrors.photoUnknown.code, path: ['file'] });
    }
    if (typeof incidentId !== 'string' || !z.uuid().safeParse(incidentId).success) {
      issue.addIssue({ code: 'custom', message: commonErrors.invalidId.code, path: ['incidentId'] });
    }
    return { file: file as File, incidentId: incidentId as string };
  }),
};
