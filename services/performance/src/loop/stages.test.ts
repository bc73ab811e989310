import { describe, expect, it } from 'vitest';
import { hallLoop, type HallFacts } from './stages.ts';

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
    });
    expect(loop[1]).toEqual({ stage: 'trained', state: 'WAITING', count: 0, settled: 0, link: null });
  });

  it('trains while the plan is a draft and is trained once it is published', () => {
    const failed = { inspections: [{ id: 'i1', failedItems: 1 }], orders: [{ closed: false }] };
    expect(states({ ...failed, plan: { id: 'p1', status: 'DRAFT', sessionCount: 0 } })[1]).toBe('ACTIVE');
    const published = hallLoop(
      { ...nothing, ...failed, plan: { id: 'p1', status: 'PUBLISHED', sessionCount: 2 } },
      links,
    );
    expect(published[1]).toEqual({
      stage: 'trained',
      state: 'DONE',
      count: 2,
      settled: 0,
      link: '/training/plans/p1',
    });
  });

  it('tests while an exam is open (linking it), and is tested once every exam closed; absentees did not pass', () => {
    const failed = { inspections: [{ id: 'i1', failedItems: 1 }], orders: [{ closed: true }] };
    const open = hallLoop(
      {
        ...nothing,
        ...failed,
        exams: [
          { examId: 'e1', closed: true, passed: false },
          { examId: 'e2', closed: false, passed: null }, // the retake, still open
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
    });
    const closed = hallLoop(
      {
        ...nothing,
        ...failed,
        exams: [
          { examId: 'e1', closed: true, passed: true },
          { examId: 'e1', closed: true, passed: null },
        ],
      },
      links,
    );
    expect(closed[2]).toMatchObject({ state: 'DONE', count: 2, settled: 1, link: '/training/exams/e1' });
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
    });
  });
});
