// Analysis (分析): what `training.analysis.*` takes — an exam or a month's exams of a kind, an org node to drill
// into, a person, the below-average list and its retakes, the hall managers' conversation tasks (谈话, 表9) and the
// cycle's ledger (台帐).
import { text } from '@duda/contract-kit';
import { z } from 'zod';
import { CONVERSATION_STATUSES } from './analysis-errors.ts';
import { byId, id, month } from './common.ts';
import { EXAM_KINDS } from './enums.ts';

/** One exam, or every exam of a kind in a month taken together (e.g. all districts' written exams of 2026-11). */
export const analysisSubject = z.union([
  z.object({ examId: id }).strict(),
  z.object({ month, kind: z.enum(EXAM_KINDS) }).strict(),
]);
export type AnalysisSubject = z.infer<typeof analysisSubject>;

export const analysisInputs = {
  /** The summary and the per-question table, over the attempts in the caller's scope. */
  exam: z.object({ subject: analysisSubject }),
  /** One org node's children (city → districts → halls → people) with their knowledge-point facility. */
  byOrg: z.object({ subject: analysisSubject, nodeId: id.nullish() }),
  /** A person's knowledge points against the city. */
  person: z.object({ subject: analysisSubject, personId: id }),
  /** 低于全市平均: everyone in scope whose result is under the city mean. */
  belowAverage: z.object({ examId: id }),
  enrolRetakes: z.object({ examId: id }),
  /** One question's statistics across every attempt that had it (the bank list shows them). */
  questions: z.object({ questionIds: z.array(id).min(1).max(200) }),
  conversations: z.object({ status: z.enum(CONVERSATION_STATUSES).nullish(), month: month.nullish() }),
  completeConversation: byId.extend({ notes: text().trim().min(1).max(2000) }),
  ledger: z.object({ month }),
};

/**
 * `training.figures.*`, what performance scores from, person by person over the caller's city and scope:
 * `month` the month's exam results; `skills` the month's skill tests (业务办理 exercises the hall manager records);
 * `reading` the required reading (必读) due in the month and not read by its deadline, item by item.
 */
export const figuresInputs = {
  month: z.object({ month }),
  skills: z.object({ month }),
  reading: z.object({ month }),
};
