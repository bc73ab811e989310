import { reviewsErrors } from '@duda/contract-performance';
import { describe, expect, it } from 'vitest';
import { emptyCycle, minimumTooLow, problemsOf } from './cycleEditing.ts';

const filled = () => ({
  ...emptyCycle(),
  title: '2026 年第四季度店面经理 360 度评估',
  period: '2026-Q4',
  dueAt: new Date('2026-12-20T10:00:00Z'),
  questions: ['能及时沟通'],
});

describe('the cycle editor', () => {
  it('passes a filled-in cycle with the default minimums', () => {
    expect(problemsOf(filled())).toEqual([]);
  });

  it('refuses fewer than 3 peers with the service’s own code', () => {
    const draft = { ...filled(), minimums: { SUPERIOR: 1, PEER: 2, SUBORDINATE: 3 } };
    expect(minimumTooLow(draft)).toBe(true);
    expect(problemsOf(draft)).toContain(reviewsErrors.minimumBelowFloor.code);
  });

  it('refuses a quarter written as a month', () => {
    expect(problemsOf({ ...filled(), period: '2026-11' })).toContain(reviewsErrors.periodFormat.code);
  });
});
