import { describe, expect, it } from 'vitest';
import { checklistTotals, sectionWeight } from './checklist-weights.ts';
import { passFailItem, pointsItem, section } from './test-support.ts';

describe('checklist weights', () => {
  const etiquette = section('A', [passFailItem('A01', { weight: 4 }), pointsItem('A02', 5, { weight: 6 })]);
  const safety = section('F', [passFailItem('F01', { weight: 0, veto: true })]);

  it('adds up a section from its items', () => {
    expect(sectionWeight(etiquette)).toBe(10);
    expect(sectionWeight(safety)).toBe(0);
  });

  it('counts the items and the weight of a whole standard', () => {
    expect(checklistTotals([etiquette, safety])).toEqual({ items: 3, weight: 10 });
    expect(checklistTotals([])).toEqual({ items: 0, weight: 0 });
  });
});
