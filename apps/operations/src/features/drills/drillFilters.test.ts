import { describe, expect, it } from 'vitest';
import { drillYears } from './drillFilters.ts';

describe('the years of the drill figures', () => {
  it('are this year and the four before, newest first', () => {
    expect(drillYears(2026)).toEqual([2026, 2025, 2024, 2023, 2022]);
  });
});
