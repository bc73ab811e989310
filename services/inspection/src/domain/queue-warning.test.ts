import { describe, expect, it } from 'vitest';
import { assessQueue } from './queue-warning.ts';

describe('assessQueue', () => {
  it.each([
    [4, 9, 0], // below 2.5 × 4 = 10
    [4, 10, 1], // exactly 2.5N starts level 1
    [4, 13, 1],
    [4, 14, 2], // exactly 3.5N starts level 2
    [4, 18, 2], // 4.5N, still inside the plan
  ])('with %i counters and %i waiting gives level %i', (openCounters, waitingCustomers, level) => {
    const assessment = assessQueue({ openCounters, waitingCustomers });
    expect(assessment.level).toBe(level);
    expect(assessment.beyondPlan).toBe(false);
  });

  it('gives level-1 actions including pre-acceptance and more counters', () => {
    const assessment = assessQueue({ openCounters: 4, waitingCustomers: 11 });
    expect(assessment).toMatchObject({ label: '一级预警', ratio: 2.8, level1At: 10, level2At: 14 });
    expect(assessment.actions.join()).toContain('增开受理台席');
    expect(assessment.actions.join()).toContain('预受理');
    expect(assessment.actions.join()).not.toContain('保安');
  });

  it('adds diversion by guards at level 2', () => {
    const assessment = assessQueue({ openCounters: 4, waitingCustomers: 15 });
    expect(assessment.label).toBe('二级预警');
    expect(assessment.actions.join()).toContain('保安协助引导客户到就近社会渠道');
    expect(assessment.actions.join()).toContain('强制分流');
  });

  it('flags a queue beyond 4.5N as beyond the plan', () => {
    const assessment = assessQueue({ openCounters: 4, waitingCustomers: 19 });
    expect(assessment).toMatchObject({ level: 2, beyondPlan: true });
    expect(assessment.actions.at(-1)).toContain('报告区县督导');
  });

  it('treats customers waiting with no counter open as the worst case', () => {
    const assessment = assessQueue({ openCounters: 0, waitingCustomers: 1 });
    expect(assessment).toMatchObject({ level: 2, beyondPlan: true, ratio: null });
    expect(assessment.actions[0]).toBe('立即开放受理台席');
  });

  it('is calm with nobody waiting, even with no counter open', () => {
    expect(assessQueue({ openCounters: 0, waitingCustomers: 0 })).toMatchObject({ level: 0, actions: [] });
  });

  it('uses configured thresholds', () => {
    const strict = { level1: 1.5, level2: 2.5, planCeiling: 3.5 };
    expect(assessQueue({ openCounters: 2, waitingCustomers: 3 }, strict).level).toBe(1);
    expect(assessQueue({ openCounters: 2, waitingCustomers: 3 }).level).toBe(0);
  });

  it('rejects invalid input', () => {
    expect(() => assessQueue({ openCounters: -1, waitingCustomers: 0 })).toThrow(
      expect.objectContaining({ field: 'openCounters' }),
    );
    expect(() => assessQueue({ openCounters: 2, waitingCustomers: 1.5 })).toThrow(
      expect.objectContaining({ field: 'waitingCustomers' }),
    );
    expect(() =>
      assessQueue({ openCounters: 2, waitingCustomers: 1 }, { level1: 3, level2: 2, planCeiling: 4 }),
    ).toThrow(expect.objectContaining({ field: 'thresholds' }));
  });
});
