import { describe, expect, it } from 'vitest';
import { targetedExamRefusal, type ExamForPlan } from './targeted-exam.ts';

const hallPlan = { orgPath: ['hubin', 'shangcheng', 'city'], month: '2026-12' };
const districtPlan = { orgPath: ['shangcheng', 'city'], month: '2026-12' };
const exam = (change: Partial<ExamForPlan>): ExamForPlan => ({
  orgNodeId: 'shangcheng',
  target: { orgNodeIds: [] },
  month: '2026-12',
  status: 'PUBLISHED',
  ...change,
});

describe('a plan’s targeted exam', () => {
  it.each([
    ['the district’s exam for its whole district', hallPlan, exam({}), null],
    ['the city’s monthly exam', hallPlan, exam({ orgNodeId: 'city' }), null],
    ['an exam for the hall named in its target', hallPlan, exam({ target: { orgNodeIds: ['hubin'] } }), null],
    ['a draft the trainer is still writing', hallPlan, exam({ status: 'DRAFT' }), null],
    ['an exam early the month after', hallPlan, exam({ month: '2027-01' }), null],
    ['a cancelled exam', hallPlan, exam({ status: 'CANCELLED' }), 'examCancelled'],
    [
      'an exam for another hall of the district',
      hallPlan,
      exam({ target: { orgNodeIds: ['nanxing'] } }),
      'examNotForUnit',
    ],
    ['another district’s exam', hallPlan, exam({ orgNodeId: 'xihu' }), 'examNotForUnit'],
    [
      'one hall’s exam for the district’s plan',
      districtPlan,
      exam({ target: { orgNodeIds: ['hubin'] } }),
      'examNotForUnit',
    ],
    ['last month’s exam', hallPlan, exam({ month: '2026-11' }), 'examOutsideMonth'],
    ['an exam two months later', hallPlan, exam({ month: '2027-02' }), 'examOutsideMonth'],
  ] as const)('%s', (_what, plan, candidate, refusal) => {
    expect(targetedExamRefusal(plan, candidate)).toBe(refusal);
  });
});
