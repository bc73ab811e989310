import type { HallLoop, LoopStageView } from '@duda/contract-performance';
import { describe, expect, it } from 'vitest';
import { loopSummary } from './loopSummary.ts';

const stage = (s: LoopStageView['stage'], state: LoopStageView['state']): LoopStageView => ({
  stage: s,
  state,
  count: 0,
  settled: 0,
  link: null,
  label: null,
});
const hall = (...states: LoopStageView['state'][]): HallLoop => ({
  hallId: crypto.randomUUID(),
  hallName: '厅',
  districtName: null,
  stages: (['found', 'trained', 'tested', 'scored'] as const).map((s, i) => stage(s, states[i]!)),
});

describe('the loop board’s headline', () => {
  it('counts the halls with each stage done', () => {
    const summary = loopSummary([
      hall('DONE', 'DONE', 'ACTIVE', 'DONE'),
      hall('DONE', 'ACTIVE', 'WAITING', 'ACTIVE'),
    ]);
    expect(summary).toEqual({
      halls: 2,
      done: { found: 2, trained: 1, tested: 0, scored: 1 },
      nothingFound: false,
    });
  });

  it('says nothing was found while no hall is inspected, and not once one is clear', () => {
    expect(loopSummary([hall('WAITING', 'WAITING', 'WAITING', 'WAITING')]).nothingFound).toBe(true);
    expect(loopSummary([hall('CLEAR', 'CLEAR', 'CLEAR', 'WAITING')]).nothingFound).toBe(false);
    expect(loopSummary([]).nothingFound).toBe(true);
  });
});
