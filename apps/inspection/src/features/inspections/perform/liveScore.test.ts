import { describe, expect, it } from 'vitest';
import type { Answers } from './inspectionForm.ts';
import { liveScore } from './liveScore.ts';
import { testTemplate } from './testTemplate.ts';

const answer = (outcome: Answers[string]['outcome']) => ({ outcome, note: '', photos: [] });

describe('liveScore', () => {
  it('has no total before anything scorable is judged', () => {
    expect(liveScore(testTemplate, {})).toMatchObject({ total: null, vetoed: false, problemCount: 0 });
    expect(liveScore(testTemplate, { B02: answer('NA') })).toMatchObject({ total: null });
  });

  it('scores over the items judged so far, with section subtotals', () => {
    const score = liveScore(testTemplate, { A01: answer('PASS'), A02: answer(3), B02: answer('NA') });
    // A01 10/10 + A02 6/10 over 20 possible.
    expect(score.total).toBe(80);
    expect(score.problemCount).toBe(1);
    expect(score.sections.map((s) => [s.code, s.earned, s.possible, s.percentage])).toEqual([
      ['A', 16, 20, 80],
      ['B', 0, 0, null],
    ]);
  });

  it('does not hold a missing photo against the running score', () => {
    expect(liveScore(testTemplate, { B01: answer('PASS') }).total).toBe(100);
  });

  it('reports a failed veto item even before anything else is judged', () => {
    expect(liveScore(testTemplate, { A03: answer('FAIL') })).toMatchObject({
      total: null,
      vetoed: true,
      problemCount: 1,
    });
    expect(liveScore(testTemplate, { A01: answer('PASS'), A03: answer('FAIL') })).toMatchObject({
      total: 100,
      vetoed: true,
    });
  });
});
