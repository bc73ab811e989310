import { DEFAULT_GRADE_BANDS, type KpiRule } from '@duda/contract-performance';
import { describe, expect, it } from 'vitest';
import { checkDistribution, gradeOf } from './grades.ts';
import { rollUp } from './rollup.ts';
import { scoreCard } from './scorecard.ts';

// A clerk's month: inspection 40 (linear 70→90), exam 30 (steps), complaints 10 (2 each, cap 6), attitude 20 (manual).
const clerkLines = (
  inspection: number | null,
  exam: number | null,
  complaints: number,
  attitude: number | null,
) => [
  {
    weight: 40,
    direction: 'HIGHER' as const,
    target: 90,
    rule: { kind: 'LINEAR', floor: 70 } as KpiRule,
    value: inspection,
  },
  {
    weight: 30,
    direction: 'HIGHER' as const,
    target: 90,
    rule: {
      kind: 'STEPS',
      steps: [
        { threshold: 90, share: 100 },
        { threshold: 75, share: 70 },
      ],
    } as KpiRule,
    value: exam,
  },
  {
    weight: 10,
    direction: 'LOWER' as const,
    target: 0,
    rule: { kind: 'DEDUCTION', perUnit: 2, cap: 6 } as KpiRule,
    value: complaints,
  },
  {
    weight: 20,
    direction: 'HIGHER' as const,
    target: 20,
    rule: { kind: 'MANUAL' } as KpiRule,
    value: attitude,
  },
];

describe('scoreCard', () => {
  it('adds the lines, then the adjustments on top, and grades the result', () => {
    // inspection 85: 40 × 15/20 = 30; exam 80: 30 × 70% = 21; 1 complaint: 10 − 2 = 8; attitude 18
    // computed 30 + 21 + 8 + 18 = 77; adjustments +5 − 1.5 = 3.5; final 80.5 → 良好 (80 ≤ 80.5 < 90)
    const totals = scoreCard(
      { lines: clerkLines(85, 80, 1, 18), adjustments: [{ points: 5 }, { points: -1.5 }] },
      DEFAULT_GRADE_BANDS,
    );
    expect(totals).toEqual({
      linePoints: [30, 21, 8, 18],
      computed: 77,
      adjustmentTotal: 3.5,
      final: 80.5,
      grade: 'GOOD',
    });
  });

  it('keeps the final within 0 and 100 whatever the adjustments', () => {
    // 40 + 30 + 10 + 20 = 100 computed, +3 would be 103: the final stays 100, the computed figure stays 100
    const top = scoreCard(
      { lines: clerkLines(95, 92, 0, 20), adjustments: [{ points: 3 }] },
      DEFAULT_GRADE_BANDS,
    );
    expect([top.computed, top.adjustmentTotal, top.final, top.grade]).toEqual([100, 3, 100, 'EXCELLENT']);
    // nothing pulled, 5 complaints (cap 6 → 4), no attitude yet: computed 4, −10 → final 0
    const bottom = scoreCard(
      { lines: clerkLines(null, null, 5, null), adjustments: [{ points: -10 }] },
      DEFAULT_GRADE_BANDS,
    );
    expect([bottom.computed, bottom.final, bottom.grade]).toEqual([4, 0, 'FAIL']);
  });
});

describe('gradeOf', () => {
  it.each([
    [100, 'EXCELLENT'],
    [90, 'EXCELLENT'],
    [89.99, 'GOOD'],
    [80, 'GOOD'],
    [79.99, 'PASS'],
    [60, 'PASS'],
    [59.99, 'FAIL'],
    [0, 'FAIL'],
  ])('%d → %s', (score, grade) => {
    expect(gradeOf(score, DEFAULT_GRADE_BANDS)).toBe(grade);
  });
  it('follows a city’s own bands', () => {
    expect(gradeOf(85, { excellent: 85, good: 75, pass: 65 })).toBe('EXCELLENT');
  });
});

describe('checkDistribution', () => {
  it('counts the guideline on the group: 20% 优秀 of 7 allows 1, 5% 不合格 of 7 asks for 1', () => {
    // 7 × 20% = 1.4 → 1 allowed, 2 given: over; 7 × 5% = 0.35 → 1 required, 0 given: under
    const check = checkDistribution(['EXCELLENT', 'EXCELLENT', 'GOOD', 'GOOD', 'PASS', 'PASS', 'PASS'], {
      excellentMax: 20,
      failMin: 5,
    });
    expect(check).toEqual({
      total: 7,
      excellent: 2,
      fail: 0,
      excellentAllowed: 1,
      failRequired: 1,
      excellentOver: true,
      failUnder: true,
    });
  });
  it('is met exactly at the share: 2 of 10 优秀 at 20%, none required at 0%', () => {
    const grades = ['EXCELLENT', 'EXCELLENT', ...Array(8).fill('GOOD')] as const;
    const check = checkDistribution(grades, { excellentMax: 20, failMin: 0 });
    expect([check.excellentOver, check.failUnder]).toEqual([false, false]);
  });
});

describe('rollUp', () => {
  it('averages the signed-off months the person had, leaving out a month without a scorecard', () => {
    // (80.5 + 91 + 77.25) / 3 = 248.75 / 3 = 82.9166… → 82.92 → 良好
    expect(
      rollUp(
        [
          { month: '2026-07', final: 80.5 },
          { month: '2026-08', final: 91 },
          { month: '2026-09', final: 77.25 },
        ],
        DEFAULT_GRADE_BANDS,
      ),
    ).toEqual({ months: 3, score: 82.92, grade: 'GOOD' });
    // only two months of the quarter: (88 + 93) / 2 = 90.5 → 优秀
    expect(
      rollUp(
        [
          { month: '2026-10', final: 88 },
          { month: '2026-11', final: 93 },
        ],
        DEFAULT_GRADE_BANDS,
      ),
    ).toEqual({
      months: 2,
      score: 90.5,
      grade: 'EXCELLENT',
    });
    expect(rollUp([], DEFAULT_GRADE_BANDS)).toBeNull();
  });
});
