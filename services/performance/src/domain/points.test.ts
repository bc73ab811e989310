import type { KpiRule } from '@duda/contract-performance';
import { describe, expect, it } from 'vitest';
import { pointsOf, round2 } from './points.ts';

const linearUp = {
  weight: 30,
  direction: 'HIGHER' as const,
  target: 95,
  rule: { kind: 'LINEAR', floor: 75 } as KpiRule,
};
const linearDown = {
  weight: 10,
  direction: 'LOWER' as const,
  target: 0,
  rule: { kind: 'LINEAR', floor: 4 } as KpiRule,
};
const steps = {
  weight: 20,
  direction: 'HIGHER' as const,
  target: 90,
  rule: {
    kind: 'STEPS',
    steps: [
      { threshold: 90, share: 100 },
      { threshold: 80, share: 80 },
      { threshold: 60, share: 50 },
    ],
  } as KpiRule,
};
const complaints = {
  weight: 10,
  direction: 'LOWER' as const,
  target: 0,
  rule: { kind: 'DEDUCTION', perUnit: 2, cap: 6 } as KpiRule,
};
const manual = { weight: 15, direction: 'HIGHER' as const, target: 15, rule: { kind: 'MANUAL' } as KpiRule };

describe('pointsOf', () => {
  it.each([
    // inspection score 85 between floor 75 and target 95: 30 × (85 − 75) / (95 − 75) = 30 × 0.5 = 15
    [linearUp, 85, 15],
    // at or above the target: the whole weight, never more
    [linearUp, 95, 30],
    [linearUp, 99, 30],
    // at or below the floor: nothing, never less
    [linearUp, 75, 0],
    [linearUp, 60, 0],
    // 88.3: 30 × 13.3 / 20 = 19.95
    [linearUp, 88.3, 19.95],
    // 2/3 of the band: 30 × (75 + 13.3333 − 75) / 20 = 19.99995 → 20.00
    [linearUp, 75 + 40 / 3, 20],
    // lower is better, 1 overdue order between floor 4 and target 0: 10 × (1 − 4) / (0 − 4) = 10 × 0.75 = 7.5
    [linearDown, 1, 7.5],
    [linearDown, 0, 10],
    [linearDown, 5, 0],
    // exam 86 reaches the 80 step (80%): 20 × 80 / 100 = 16
    [steps, 86, 16],
    // 90 exactly reaches the top step: 20
    [steps, 90, 20],
    // 59 reaches none: 0
    [steps, 59, 0],
    // 2 complaints at 2 points each, cap 6: 10 − 4 = 6
    [complaints, 2, 6],
    // 5 complaints would take 10, the cap stops at 6: 10 − 6 = 4
    [complaints, 5, 4],
    [complaints, 0, 10],
    // manual points stay within 0 and the weight
    [manual, 12.5, 12.5],
    [manual, 20, 15],
  ])('%#: %j at %d earns %d', (kpi, value, expected) => {
    expect(pointsOf(kpi, value)).toBe(expected);
  });

  it('gives nothing for a month without a figure', () => {
    expect(pointsOf(linearUp, null)).toBe(0);
  });

  it('takes no more than the weight when the cap is larger than it', () => {
    // 3 units × 5 = 15 would pass the cap 20 and the weight 10: the line ends at 0, not −5
    expect(pointsOf({ ...complaints, rule: { kind: 'DEDUCTION', perUnit: 5, cap: 20 } }, 3)).toBe(0);
  });

  it('steps of a lower-is-better KPI count a figure at or below the threshold', () => {
    const waiting = {
      weight: 10,
      direction: 'LOWER' as const,
      target: 10,
      rule: {
        kind: 'STEPS',
        steps: [
          { threshold: 10, share: 100 },
          { threshold: 20, share: 40 },
        ],
      } as KpiRule,
    };
    // 15 minutes: only the ≤ 20 step (40%): 10 × 0.4 = 4
    expect(pointsOf(waiting, 15)).toBe(4);
    expect(pointsOf(waiting, 10)).toBe(10);
    expect(pointsOf(waiting, 21)).toBe(0);
  });
});

describe('round2', () => {
  it('rounds half away from zero on the cent', () => {
    expect(round2(1.005)).toBe(1.01);
    expect(round2(2.675)).toBe(2.68);
    expect(round2(-1.005)).toBe(-1.01);
  });
});
