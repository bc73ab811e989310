import { describe, expect, it } from 'vitest';
import { Tally } from './tally.ts';

describe('the fuzzing tally', () => {
  it('counts accepted calls, whatever they wrote', () => {
    const tally = new Tally(2);
    tally.record({ kind: 'accepted' }, ['inspection.InspectionPlan'], 'plans.create');
    expect(tally.figures).toEqual({
      procedures: 2,
      inputs: 1,
      rejected: 0,
      accepted: 1,
      serverErrors: 0,
      halfWrites: 0,
    });
    expect(tally.findings).toEqual([]);
  });

  it('finds a 5xx, an unreadable refusal, a refusal only the database made, and a refusal that wrote', () => {
    const tally = new Tally(1);
    tally.record({ kind: 'refused', code: 'common.invalidField' }, [], 'fine');
    tally.record({ kind: 'serverError' }, [], 'crash');
    tally.record({ kind: 'unreadable' }, [], 'mute');
    tally.record({ kind: 'refused', code: 'common.invalidData' }, [], 'unbounded');
    tally.record({ kind: 'refused', code: 'inspection.planNotFound' }, ['inspection.PlanEntry'], 'half');
    expect(tally.figures).toMatchObject({ inputs: 5, rejected: 5, serverErrors: 1, halfWrites: 1 });
    expect(tally.findings).toEqual([
      '5xx: crash',
      'unreadable refusal: mute',
      'refused only by the database: unbounded',
      'refused but wrote inspection.PlanEntry: half',
    ]);
  });
});
