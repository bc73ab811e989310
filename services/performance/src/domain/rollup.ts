// Quarterly and annual roll-ups (季度/年度汇总). The rule: a period's score is the mean of the final scores of its
// signed-off months in which the person had a scorecard (a month without one — joined late, on leave — is left out,
// not counted as 0); no such month, no score. The year is the mean of its months the same way, not of its quarters,
// so a person with an incomplete quarter weighs each month alike. Graded by the same bands as a month. The months of a
// period are the contract's `periodMonths`.
import type { Grade, GradeBands } from '@duda/contract-performance';
import { gradeOf } from './grades.ts';
import { round2 } from './points.ts';

export interface MonthScore {
  month: string;
  final: number;
}

export interface RollUp {
  months: number;
  score: number;
  grade: Grade;
}

export function rollUp(scores: readonly MonthScore[], bands: GradeBands): RollUp | null {
  if (scores.length === 0) return null;
  const score = round2(scores.reduce((sum, month) => sum + month.final, 0) / scores.length);
  return { months: scores.length, score, grade: gradeOf(score, bands) };
}
