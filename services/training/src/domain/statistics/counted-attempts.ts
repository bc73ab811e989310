// Which attempts the statistics use (Moodle: the attempts that give each person's grade): the highest, the first
// or the last per person, or all of them when the grade is their average.
import type { GradingMethod } from '@duda/contract-training';

export interface GradedAttempt {
  readonly personId: string;
  readonly attemptNo: number;
  readonly score: number;
}

export function countedAttempts<A extends GradedAttempt>(attempts: readonly A[], method: GradingMethod): A[] {
  if (method === 'AVERAGE') return [...attempts];
  const chosen = new Map<string, A>();
  for (const attempt of attempts) {
    const held = chosen.get(attempt.personId);
    const better =
      !held ||
      (method === 'HIGHEST' &&
        (attempt.score > held.score ||
          (attempt.score === held.score && attempt.attemptNo < held.attemptNo))) ||
      (method === 'FIRST' && attempt.attemptNo < held.attemptNo) ||
      (method === 'LAST' && attempt.attemptNo > held.attemptNo);
    if (better) chosen.set(attempt.personId, attempt);
  }
  return [...chosen.values()];
}
