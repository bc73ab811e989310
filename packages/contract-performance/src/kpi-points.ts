// How one KPI's monthly figure becomes points out of its weight (the rule kinds are described in scoring.ts). Here
// and not in the service because a page runs it too: the KPI editor previews the points of sample figures
// (ADR 0010). Pure: no I/O, no clock.
import type { KpiDirection, KpiRule } from './scoring.ts';

/** Points kept to two decimals, rounded half away from zero (as a score sheet does). */
export const round2 = (value: number): number =>
  (Math.sign(value) * Math.round(Math.abs(value) * 100 + 1e-9)) / 100;

const clamp01 = (value: number) => Math.min(1, Math.max(0, value));

export interface ScoredKpi {
  weight: number;
  direction: KpiDirection;
  target: number;
  rule: KpiRule;
}

/** Whether a figure reaches a threshold, in the KPI's direction. */
const reaches = (direction: KpiDirection, value: number, threshold: number) =>
  direction === 'HIGHER' ? value >= threshold : value <= threshold;

/**
 * The points a figure earns: LINEAR and STEPS a share of the weight, DEDUCTION the weight less its capped
 * deduction (the figure is the count of units), MANUAL the figure itself (points the superior gave).
 * `null` (no figure this month) earns nothing; the line says so.
 */
export function pointsOf(kpi: ScoredKpi, value: number | null): number {
  if (value === null) return 0;
  const { weight, rule } = kpi;
  switch (rule.kind) {
    case 'LINEAR': {
      const span = kpi.target - rule.floor;
      return round2(weight * clamp01((value - rule.floor) / span));
    }
    case 'STEPS': {
      const best = rule.steps
        .filter((step) => reaches(kpi.direction, value, step.threshold))
        .reduce((share, step) => Math.max(share, step.share), 0);
      return round2((weight * best) / 100);
    }
    case 'DEDUCTION':
      return round2(weight - Math.min(rule.perUnit * Math.max(0, value), rule.cap, weight));
    case 'MANUAL':
      return round2(Math.min(weight, Math.max(0, value)));
  }
}
