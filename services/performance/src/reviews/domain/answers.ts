// A rater's answers against the questionnaire: a draft may leave scores empty, a submission may not; no question
// may be added or left out. Answers come back in questionnaire order.
import type { ReviewAnswer, ReviewQuestion } from '@duda/contract-performance';

export type AnswersProblem = 'questionKeys' | 'unanswered';

export function checkAnswers(
  questions: readonly ReviewQuestion[],
  answers: readonly ReviewAnswer[],
  complete: boolean,
): { ok: true; answers: ReviewAnswer[] } | { ok: false; problem: AnswersProblem } {
  const byKey = new Map(answers.map((a) => [a.key, a]));
  const keysMatch =
    byKey.size === answers.length &&
    answers.length === questions.length &&
    questions.every((q) => byKey.has(q.key));
  if (!keysMatch) return { ok: false, problem: 'questionKeys' };
  const ordered = questions.map((q) => byKey.get(q.key)!);
  if (complete && ordered.some((a) => a.score === null)) return { ok: false, problem: 'unanswered' };
  return { ok: true, answers: ordered };
}

/** An empty form: every question, no score, no comment. */
export const blankAnswers = (questions: readonly ReviewQuestion[]): ReviewAnswer[] =>
  questions.map((q) => ({ key: q.key, score: null, comment: '' }));
