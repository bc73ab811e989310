import { describe, expect, it } from 'vitest';
import { coveringPlan, hallLoop, targetedResults, type ExamResult, type HallFacts } from './stages.ts';

const links = {
  inspection: (id: string) => `/inspection/inspections/${id}`,
  plan: (id: string) => `/training/plans/${id}`,
  exam: (id: string) => `/training/exams/${id}`,
  scorecards: (hallId: string) => `/performance/scorecards?orgNodeId=${hallId}`,
};

const nothing: HallFacts = {
  hallId: 'h1',
  inspections: [],
  orders: [],
  plan: null,
  exams: [],
  scorecards: [],
};
const plan = { id: 'p1', status: 'PUBLISHED' as const, sessionCount: 2, exams: [] };
function result(change: Partial<ExamResult>): ExamResult {
  return { examId: 'e1', examTitle: '考核考试', retakeOfId: null, closed: true, passed: true, ...change };
}
const states = (facts: Partial<HallFacts>) => hallLoop({ ...nothing, ...facts }, links).map((s) => s.state);

describe('a hall’s loop of the month', () => {
  it('waits at every stage before the hall is inspected', () => {
    expect(states({})).toEqual(['WAITING', 'WAITING', 'WAITING', 'WAITING']);
  });

  it('has nothing to train or test when the inspections found nothing, but still scores', () => {
    const loop = hallLoop(
      { ...nothing, inspections: [{ id: 'i1', failedItems: 0 }], scorecards: [{ assessed: false }] },
      links,
    );
    expect(loop.map((s) => s.state)).toEqual(['CLEAR', 'CLEAR', 'CLEAR', 'ACTIVE']);
    expect(loop[0]!.link).toBe('/inspection/inspections/i1');
  });

  it('counts the failed items, links the inspection that failed most, and waits for the plan', () => {
    const loop = hallLoop(
      {
        ...nothing,
        inspections: [
          { id: 'i1', failedItems: 1 },
          { id: 'i2', failedItems: 3 },
          { id: 'i3', failedItems: 3 },
        ],
        orders: [{ closed: true }, { closed: false }, { closed: false }, { closed: false }],
      },
      links,
    );
    expect(loop[0]).toEqual({
      stage: 'found',
      state: 'DONE',
      count: 4,
      settled: 1,
      link: '/inspection/inspections/i2',
      label: null,
    });
    expect(loop[1]).toEqual({
      stage: 'trained',
      state: 'WAITING',
      count: 0,
      settled: 0,
      link: null,
      label: null,
    });
  });

  it('trains while the plan is a draft and is trained once it is published', () => {
    const failed = { inspections: [{ id: 'i1', failedItems: 1 }], orders: [{ closed: false }] };
    expect(states({ ...failed, plan: { ...plan, status: 'DRAFT', sessionCount: 0 } })[1]).toBe('ACTIVE');
    const published = hallLoop({ ...nothing, ...failed, plan }, links);
    expect(published[1]).toEqual({
      stage: 'trained',
      state: 'DONE',
      count: 2,
      settled: 0,
      link: '/training/plans/p1',
      label: null,
    });
  });

  it('waits for the plan’s targeted exam: another exam the hall sat does not test the plan', () => {
    const failed = { inspections: [{ id: 'i1', failedItems: 1 }], orders: [{ closed: true }] };
    const other = [result({ examId: 'other', closed: true, passed: true })];
    expect(hallLoop({ ...nothing, ...failed, plan, exams: other }, links)[2]).toMatchObject({
      state: 'WAITING',
      count: 0,
      link: null,
    });
    // Linked while still a draft, nobody of the hall a candidate yet: under way, naming the exam.
    const linked = { ...plan, exams: [{ id: 'e1', title: '12月上城区业务笔试' }] };
    expect(hallLoop({ ...nothing, ...failed, plan: linked, exams: other }, links)[2]).toEqual({
      stage: 'tested',
      state: 'ACTIVE',
      count: 0,
      settled: 0,
      link: '/training/exams/e1',
      label: '12月上城区业务笔试',
    });
  });

  it('tests while the targeted exam or its retake is open (naming it), and is tested once all closed; absentees did not pass', () => {
    const failed = { inspections: [{ id: 'i1', failedItems: 1 }], orders: [{ closed: true }] };
    const linked = { ...plan, exams: [{ id: 'e1', title: '12月上城区业务笔试' }] };
    const open = hallLoop(
      {
        ...nothing,
        ...failed,
        plan: linked,
        exams: [
          result({ examId: 'e1', closed: true, passed: false }),
          result({ examId: 'e2', examTitle: '12月补考', retakeOfId: 'e1', closed: false, passed: null }),
          result({ examId: 'other', closed: false, passed: null }),
        ],
      },
      links,
    );
    expect(open[2]).toEqual({
      stage: 'tested',
      state: 'ACTIVE',
      count: 2,
      settled: 0,
      link: '/training/exams/e2',
      label: '12月补考',
    });
    const closed = hallLoop(
      {
        ...nothing,
        ...failed,
        plan: linked,
        exams: [
          result({ examId: 'e1', examTitle: '12月上城区业务笔试', closed: true, passed: true }),
          result({ examId: 'e1', examTitle: '12月上城区业务笔试', closed: true, passed: null }),
        ],
      },
      links,
    );
    expect(closed[2]).toMatchObject({
      state: 'DONE',
      count: 2,
      settled: 1,
      link: '/training/exams/e1',
      label: '12月上城区业务笔试',
    });
  });

  it('is scored once every scorecard of the hall is assessed', () => {
    expect(states({ scorecards: [{ assessed: true }, { assessed: false }] })[3]).toBe('ACTIVE');
    const loop = hallLoop({ ...nothing, scorecards: [{ assessed: true }, { assessed: true }] }, links);
    expect(loop[3]).toEqual({
      stage: 'scored',
      state: 'DONE',
      count: 2,
      settled: 2,
      link: '/performance/scorecards?orgNodeId=h1',
      label: null,
    });
  });
});

describe('the plan that trains a hall', () => {
  const plans = [{ orgNodeId: 'hubin' }, { orgNodeId: 'shangcheng' }, { orgNodeId: 'city' }];
  it.each([
    ['the hall’s own plan', { id: 'hubin', districtId: 'shangcheng' }, 'hubin'],
    ['its district’s plan when the hall has none', { id: 'nanxing', districtId: 'shangcheng' }, 'shangcheng'],
    ['none when neither has one (the city’s is too broad)', { id: 'wensan', districtId: 'xihu' }, null],
    ['none for a hall outside any district', { id: 'loose', districtId: null }, null],
  ] as const)('is %s', (_what, hall, unit) => {
    expect(coveringPlan(plans, hall)?.orgNodeId ?? null).toBe(unit);
  });
});

describe('the results that test a plan', () => {
  const linked = { exams: [{ id: 'e1', title: '考核考试' }] };
  it.each([
    ['its targeted exam', result({ examId: 'e1' }), true],
    ['a retake of it', result({ examId: 'e2', retakeOfId: 'e1' }), true],
    ['another exam of the month', result({ examId: 'e3' }), false],
    ['a retake of another exam', result({ examId: 'e4', retakeOfId: 'e3' }), false],
  ] as const)('count %s', (_what, row, counted) => {
    expect(targetedResults(linked, [row])).toEqual(counted ? [row] : []);
  });

  it('count nothing without a plan', () => {
    expect(targetedResults(null, [result({ examId: 'e1' })])).toEqual([]);
  });
});
