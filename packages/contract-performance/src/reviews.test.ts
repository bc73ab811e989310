import { describe, expect, it } from 'vitest';
import { minimumViolations, reviewInputs, reviewsErrors } from './reviews.ts';

const cycle = {
  title: '2026 年第四季度店面经理 360 度评估',
  periodKind: 'QUARTER',
  period: '2026-Q4',
  questions: [{ text: '沟通是否及时' }],
  dueAt: new Date('2026-12-20T10:00:00Z'),
};

describe('review minimums', () => {
  it.each([
    [{ SUPERIOR: 1, PEER: 3, SUBORDINATE: 3 }, []],
    [{ SUPERIOR: 2, PEER: 5, SUBORDINATE: 4 }, []],
    [{ SUPERIOR: 0, PEER: 3, SUBORDINATE: 3 }, ['SUPERIOR']],
    [{ SUPERIOR: 1, PEER: 2, SUBORDINATE: 3 }, ['PEER']],
    [{ SUPERIOR: 1, PEER: 3, SUBORDINATE: 1 }, ['SUBORDINATE']],
    [{ SUPERIOR: 1, PEER: 21, SUBORDINATE: 3 }, ['PEER']],
  ] as const)('%j → %j', (minimums, violations) => {
    expect(minimumViolations(minimums)).toEqual(violations);
  });

  it('a cycle takes the defaults (superior 1, peers 3, reports 3) and refuses a lower setting with the area code', () => {
    expect(reviewInputs.cycles.create.parse(cycle).minimums).toEqual({
      SUPERIOR: 1,
      PEER: 3,
      SUBORDINATE: 3,
    });
    const lower = reviewInputs.cycles.create.safeParse({
      ...cycle,
      minimums: { SUPERIOR: 1, PEER: 2, SUBORDINATE: 3 },
    });
    expect(lower.error?.issues[0]?.message).toBe(reviewsErrors.minimumBelowFloor.code);
  });
});

describe('review periods', () => {
  it.each([
    ['MONTH', '2026-11', true],
    ['MONTH', '2026-13', false],
    ['QUARTER', '2026-Q4', true],
    ['QUARTER', '2026-Q5', false],
    ['QUARTER', '2026-11', false],
  ] as const)('%s %s: %s', (periodKind, period, ok) => {
    const result = reviewInputs.cycles.create.safeParse({ ...cycle, periodKind, period });
    expect(result.success).toBe(ok);
    if (!ok) expect(result.error?.issues[0]?.message).toBe(reviewsErrors.periodFormat.code);
  });
});

describe('review answers', () => {
  it('scores run 1–5, empty while drafting', () => {
    const save = (score: number | null) =>
      reviewInputs.forms.save.safeParse({
        id: '00000000-0000-4000-8000-000000000001',
        answers: [{ key: 'q1', score }],
      }).success;
    expect([save(null), save(1), save(5), save(0), save(6), save(2.5)]).toEqual([
      true,
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
