import { describe, expect, it } from 'vitest';
import { durationOf, isGoing, percentOf, stageDurations, stepStates, type RunLike } from './runView.ts';

const T = (s: number) => new Date(Date.UTC(2026, 11, 2, 8, 0, s)).toISOString();
const run = (over: Partial<RunLike>): RunLike => ({
  status: 'RUNNING',
  stage: null,
  stages: [],
  sources: [],
  scorecards: null,
  written: null,
  createdAt: T(0),
  startedAt: T(1),
  finishedAt: null,
  ...over,
});
const pulling = { stage: 'PULLING' as const, startedAt: T(1), finishedAt: null };
const pulled = { ...pulling, finishedAt: T(3) };
const computing = { stage: 'COMPUTING' as const, startedAt: T(3), finishedAt: null };
const computed = { ...computing, finishedAt: T(4) };
const writing = { stage: 'WRITING' as const, startedAt: T(4), finishedAt: null };

describe('a run as the month page shows it', () => {
  it.each([
    ['queued', run({ status: 'QUEUED', startedAt: null }), ['wait', 'wait', 'wait'], 0],
    [
      'pulling, one source of two in',
      run({
        stage: 'PULLING',
        stages: [pulling],
        sources: [
          { source: 'ORG', done: true },
          { source: 'INSPECTION', done: false },
        ],
      }),
      ['process', 'wait', 'wait'],
      20,
    ],
    [
      'computing',
      run({ stage: 'COMPUTING', stages: [pulled, computing] }),
      ['finish', 'process', 'wait'],
      45,
    ],
    [
      'saving 1,500 of 3,000',
      run({ stage: 'WRITING', stages: [pulled, computed, writing], scorecards: 3000, written: 1500 }),
      ['finish', 'finish', 'process'],
      75,
    ],
    [
      'failed while computing',
      run({ status: 'FAILED', stage: 'COMPUTING', stages: [pulled, computing], finishedAt: T(9) }),
      ['finish', 'error', 'wait'],
      45,
    ],
    [
      'done',
      run({
        status: 'SUCCEEDED',
        stage: 'WRITING',
        stages: [pulled, computed, { ...writing, finishedAt: T(6) }],
        finishedAt: T(6),
      }),
      ['finish', 'finish', 'finish'],
      100,
    ],
  ] as const)('%s: steps and share', (_name, given, steps, percent) => {
    expect(Object.values(stepStates(given))).toEqual(steps);
    expect(percentOf(given)).toBe(percent);
  });

  it('saving shows 99 at most until the run says it is done', () => {
    expect(percentOf(run({ stage: 'WRITING', scorecards: 10, written: 10 }))).toBe(99);
  });

  it('says how long the run and each ended stage took, from the job taking it', () => {
    const done = run({ status: 'SUCCEEDED', stages: [pulled, computed], finishedAt: T(6) });
    expect(durationOf(done)).toBe(5);
    expect(stageDurations(done)).toEqual([
      { stage: 'PULLING', seconds: 2 },
      { stage: 'COMPUTING', seconds: 1 },
    ]);
    expect(durationOf(run({}))).toBeNull();
  });

  it('is going while queued or running', () => {
    expect([
      isGoing(run({ status: 'QUEUED' })),
      isGoing(run({})),
      isGoing(run({ status: 'FAILED' })),
      isGoing(null),
    ]).toEqual([true, true, false, false]);
  });
});
