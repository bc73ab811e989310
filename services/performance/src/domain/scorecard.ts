// A month's 100-point scorecard (百分制): the computed figure is the sum of its KPI lines; adjustments (加减分, each
// with its reason) are kept as lines of their own and added on top, so the computed figure is never overwritten.
import type { GradeBands } from '@duda/contract-performance';
import { gradeOf } from './grades.ts';
import { pointsOf, round2, type ScoredKpi } from './points.ts';

export interface ScorecardInput {
  lines: readonly (ScoredKpi & { value: number | null })[];
  adjustments: readonly { points: number }[];
}

export interface ScorecardTotals {
  /** Points of each line, in the order given. */
  linePoints: number[];
  computed: number;
  adjustmentTotal: number;
  /** Computed plus adjustments, kept within 0–100. */
  final: number;
  grade: ReturnType<typeof gradeOf>;
}

export function scoreCard(input: ScorecardInput, bands: GradeBands): ScorecardTotals {
  const linePoints = input.lines.map((line) => pointsOf(line, line.value));
  const computed = round2(linePoints.reduce((sum, points) => sum + points, 0));
  const adjustmentTotal = round2(input.adjustments.reduce((sum, adjustment) => sum + adjustment.points, 0));
  const final = round2(Math.min(100, Math.max(0, computed + adjustmentTotal)));
  return { linePoints, computed, adjustmentTotal, final, grade: gradeOf(final, bands) };
}
