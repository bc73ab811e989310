// `performance.appeals` (申诉): the person appeals one line of their assessed scorecard within the city's window,
// citing links or text as evidence; the superior records the interview (面谈, the staff conversation record's
// fields, 表9) and accepts — which adds an adjustment — or rejects; every step is kept.
import { commonErrors, pageInput, text } from '@duda/contract-kit';
import { z } from 'zod';
import { appealsErrors } from './appeals-errors.ts';
import { monthInput } from './library.ts';

const id = z.uuid({ error: commonErrors.invalidId.code });
const note = (max: number) => text().trim().max(max);

export const APPEAL_STATUSES = ['FILED', 'INTERVIEWED', 'ACCEPTED', 'REJECTED'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];
/** Still to be decided: at most one of these per scorecard line. */
export const OPEN_APPEAL_STATUSES = ['FILED', 'INTERVIEWED'] as const satisfies readonly AppealStatus[];
export const DEFAULT_APPEAL_WINDOW_DAYS = 7;

/** A cited link (a photo, a record in another area) or a plain statement without one. */
export const appealEvidenceSchema = z.object({
  title: note(200).min(1),
  url: z
    .url({ protocol: /^https?$/, error: appealsErrors.evidenceLink.code })
    .max(1000)
    .nullish()
    .transform((url) => url ?? null),
});
export type AppealEvidence = z.infer<typeof appealEvidenceSchema>;

export const appealInterviewSchema = z.object({
  /** 谈话日期, YYYY-MM-DD. */
  date: z.iso.date(),
  topic: note(200).min(1),
  content: note(3000).min(1),
  staffOpinion: note(1000).default(''),
  actions: note(1000).default(''),
});
export type AppealInterview = z.infer<typeof appealInterviewSchema>;

export const appealInputs = {
  file: z.object({
    scorecardId: id,
    kpiId: id,
    reason: note(1000).min(1, { error: appealsErrors.reasonRequired.code }),
    evidence: z.array(appealEvidenceSchema).max(10).default([]),
  }),
  /** The caller's own appeals, or the ones of their units (a manager's hall, a district's halls). */
  list: pageInput.extend({
    month: monthInput.nullish(),
    scope: z.enum(['mine', 'units']).default('mine'),
    status: z.enum(APPEAL_STATUSES).nullish(),
  }),
  get: z.object({ id }),
  /** The appeals of one scorecard the caller may read (for its page's 申诉 entries). */
  ofScorecard: z.object({ scorecardId: id }),
  interview: z.object({ id, interview: appealInterviewSchema }),
  decide: z.object({
    id,
    accept: z.boolean(),
    /** The points an accepted appeal adds (or takes, negative) as an adjustment. */
    points: z.number().finite().min(-100).max(100).nullish(),
    reason: note(500).min(1, { error: appealsErrors.decisionReasonRequired.code }),
  }),
};
