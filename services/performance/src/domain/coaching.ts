// 辅导's selection rules, free of I/O: which shown results need coaching (不合格, or below the city's threshold) and
// which are improvements to recognise (a higher grade than the previous month, or the city's amount of points more).
import type {
  CoachingThresholds,
  Grade,
  ImproverReason,
  LowPerformerReason,
} from '@duda/contract-performance';

export interface ShownResult {
  final: number;
  /** The calibrated grade when the district moved or locked it, else the banded one. */
  grade: Grade;
}

const RANK: Record<Grade, number> = { FAIL: 0, PASS: 1, GOOD: 2, EXCELLENT: 3 };

/** Scores are kept to two decimals; a difference is compared at that precision (72.35 − 67.35 is 5, not 4.99…). */
const hundredths = (value: number) => Math.round(value * 100) / 100;

/** Why a result needs coaching; none when it does not. */
export function lowPerformerReasons(
  result: ShownResult,
  thresholds: CoachingThresholds,
): LowPerformerReason[] {
  const reasons: LowPerformerReason[] = [];
  if (result.grade === 'FAIL') reasons.push('FAIL_GRADE');
  if (hundredths(result.final) < thresholds.lowScore) reasons.push('LOW_SCORE');
  return reasons;
}

/** Why a result improves on the previous month's; none without a previous result. */
export function improverReasons(
  result: ShownResult,
  previous: ShownResult | null,
  thresholds: CoachingThresholds,
): ImproverReason[] {
  if (!previous) return [];
  const reasons: ImproverReason[] = [];
  if (RANK[result.grade] > RANK[previous.grade]) reasons.push('GRADE_UP');
  if (hundredths(result.final - previous.final) >= thresholds.improveBy) reasons.push('SCORE_UP');
  return reasons;
}
