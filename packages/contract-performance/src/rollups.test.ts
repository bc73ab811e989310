import { describe, expect, it } from 'vitest';
import { periodMonths } from './rollups.ts';

describe('periodMonths', () => {
  it.each([
    ['Q1', ['2026-01', '2026-02', '2026-03']],
    ['Q4', ['2026-10', '2026-11', '2026-12']],
  ] as const)('names the months of %s', (period, months) => {
    expect(periodMonths(2026, period)).toEqual(months);
  });
  it('names the twelve months of a year', () => {
    const year = periodMonths(2026, 'YEAR');
    expect([year.length, year[0], year[11]]).toEqual([12, '2026-01', '2026-12']);
  });
});
