// Marking (阅卷): the inputs of `training.marking.*`. Short answers wait in a queue for trainers, blind to the
// examinee's name unless the marker asks to see names; a corrected question can be regraded, first as a dry run
// listing the attempts whose marks would change.
import { pageInput, text } from '@duda/contract-kit';
import { z } from 'zod';
import { id } from './common.ts';
import { slotNumber } from './attempts.ts';

/** Which answers the queue lists: still to mark, marked already, or both. */
export const MARKING_FILTERS = ['TO_MARK', 'MARKED', 'ALL'] as const;
export type MarkingFilter = (typeof MARKING_FILTERS)[number];

export const markingInputs = {
  /** Exams with short answers in the caller's scope, with how many are left to mark. */
  exams: z.object({ onlyPending: z.boolean().default(false) }),
  queue: pageInput.extend({
    examId: id,
    filter: z.enum(MARKING_FILTERS).default('TO_MARK'),
    /** Names are hidden by default (blind marking); the marker may show them. */
    revealNames: z.boolean().default(false),
  }),
  mark: z.object({
    attemptId: id,
    slot: slotNumber,
    /** Bounded by the question's points on the server. */
    mark: z.number().min(0).max(1000),
    comment: text().trim().max(500).nullish(),
  }),
  /** The questions the exam's attempts showed, marking those corrected since (what a regrade would act on). */
  questions: z.object({ examId: id }),
  regrade: z.object({ examId: id, questionId: id, dryRun: z.boolean().default(true) }),
};

/** A blind label for an attempt (答卷编号): the same for every marker, naming nobody. */
export const blindLabel = (attemptId: string): string =>
  attemptId.replace(/-/g, '').slice(0, 6).toUpperCase();
