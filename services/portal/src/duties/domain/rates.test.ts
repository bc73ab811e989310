import { describe, expect, it } from 'vitest';
import { completionRates, rateOf, type RatedTask } from './rates.ts';

const task = (personId: string, role: RatedTask['role'], status: RatedTask['status']): RatedTask => ({
  personId,
  personName: personId,
  role,
  orgName: '湖滨营业厅',
  status,
  count: 1,
});

describe('completion rates', () => {
  it.each([
    [0, 0, null],
    [3, 1, 0.75],
    [2, 1, 0.667],
    [0, 4, 0],
  ])('%i done and %i missed: %s', (done, missed, rate) => {
    expect(rateOf(done, missed)).toBe(rate);
  });

  it('per person and role, lowest first; per tier over its people; open tasks beside the rate', () => {
    const { people, tiers } = completionRates([
      task('甲', 'hall_manager', 'DONE'),
      { ...task('甲', 'hall_manager', 'MISSED'), count: 2 },
      task('甲', 'hall_manager', 'OPEN'),
      task('乙', 'duty_manager', 'MISSED'),
      task('丙', 'district_supervisor', 'DONE'),
    ]);
    expect(people.map((p) => [p.personId, p.tier, p.done, p.missed, p.open, p.rate])).toEqual([
      ['乙', 'hall', 0, 1, 0, 0],
      ['甲', 'hall', 1, 2, 1, 0.333],
      ['丙', 'district', 1, 0, 0, 1],
    ]);
    expect(tiers).toEqual([
      { tier: 'district', people: 1, done: 1, missed: 0, open: 0, rate: 1 },
      { tier: 'hall', people: 2, done: 1, missed: 3, open: 1, rate: 0.25 },
    ]);
  });
});
