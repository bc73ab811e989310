// `performance.coaching` (辅导, #11 point 7): once a month's results are shown, the low performers (不合格, or
// below the city's threshold) are listed for their superior, who makes an improvement plan (改进计划: actions, each
// with an owner and a follow-up date) and follows it up to an outcome; improvers (a grade up, or the city's amount
// of points up on the previous month) are flagged for recognition (表扬).
import { commonErrors, pageInput, text } from '@duda/contract-kit';
import { z } from 'zod';
import { coachingErrors } from './coaching-errors.ts';
import { monthInput } from './library.ts';

const id = z.uuid({ error: commonErrors.invalidId.code });
const note = (max: number) => text().trim().max(max);

export const PLAN_STATUSES = ['OPEN', 'IMPROVED', 'NOT_IMPROVED', 'MOVED_ON'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];
/** How a plan ends (结案). */
export const PLAN_OUTCOMES = [
  'IMPROVED',
  'NOT_IMPROVED',
  'MOVED_ON',
] as const satisfies readonly PlanStatus[];
export type PlanOutcome = (typeof PLAN_OUTCOMES)[number];

export const LOW_PERFORMER_REASONS = ['FAIL_GRADE', 'LOW_SCORE'] as const;
export type LowPerformerReason = (typeof LOW_PERFORMER_REASONS)[number];
export const IMPROVER_REASONS = ['GRADE_UP', 'SCORE_UP'] as const;
export type ImproverReason = (typeof IMPROVER_REASONS)[number];

export interface CoachingThresholds {
  /** A shown result below this many points needs coaching (as does 不合格 at any score). */
  lowScore: number;
  /** This many points more than the previous month is an improvement (as is a higher grade). */
  improveBy: number;
}
export const DEFAULT_COACHING_THRESHOLDS: CoachingThresholds = { lowScore: 60, improveBy: 5 };

const actionInput = z.object({
  description: note(500).min(1, { error: coachingErrors.actionRequired.code }),
  /** The person or their superior (the caller). */
  ownerId: id,
  /** 跟进日期, YYYY-MM-DD (China calendar), today or later. */
  followUpOn: z.iso.date(),
});

const thresholdsInput = z.object({
  lowScore: z
    .number()
    .finite()
    .min(0, { error: coachingErrors.lowScoreRange.code })
    .max(100, { error: coachingErrors.lowScoreRange.code }),
  improveBy: z
    .number()
    .finite()
    .min(0.5, { error: coachingErrors.improveByRange.code })
    .max(100, { error: coachingErrors.improveByRange.code }),
});

export const coachingInputs = {
  settings: z.object({}),
  saveSettings: thresholdsInput,
  /** How many people of the last closed month, in the halls the caller coaches, these thresholds would flag. */
  previewSettings: thresholdsInput,
  /** The supervisor's coaching page for a month's shown results in the caller's units. */
  board: z.object({ month: monthInput }),
  createPlan: z.object({
    scorecardId: id,
    goal: note(500).min(1, { error: coachingErrors.goalRequired.code }),
    actions: z.array(actionInput).min(1, { error: coachingErrors.actionRequired.code }).max(10),
  }),
  /** The caller's own plans, or their units' (a hall manager's hall, a district's halls). */
  listPlans: pageInput.extend({
    scope: z.enum(['mine', 'units']).default('mine'),
    status: z.enum(PLAN_STATUSES).nullish(),
  }),
  getPlan: z.object({ id }),
  followUp: z.object({
    planId: id,
    actionId: id,
    note: note(1000).min(1, { error: coachingErrors.noteRequired.code }),
  }),
  closePlan: z.object({
    id,
    outcome: z.enum(PLAN_OUTCOMES),
    note: note(1000).min(1, { error: coachingErrors.noteRequired.code }),
  }),
  recognise: z.object({
    scorecardId: id,
    note: note(500).min(1, { error: coachingErrors.noteRequired.code }),
  }),
};
