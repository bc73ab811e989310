import { isFiltered, readListState, writeListState } from '@duda/ui';
import { describe, expect, it } from 'vitest';
import { defectFilters } from './defectFilters.ts';

describe('defect library filters ↔ URL', () => {
  it('reads the hall, keyword and recurring-only choice', () => {
    expect(readListState(defectFilters, { hallId: 'h1', q: ' 卫生 ', recurringOnly: '1' }).filters).toEqual({
      hallId: 'h1',
      q: '卫生',
      recurringOnly: true,
    });
    expect(writeListState(defectFilters, readListState(defectFilters, {}))).toEqual({});
  });

  it('counts the hall as the library shown, not as a filter', () => {
    expect(isFiltered(defectFilters, { hallId: 'h1', q: null, recurringOnly: false })).toBe(false);
    expect(isFiltered(defectFilters, { hallId: 'h1', q: null, recurringOnly: true })).toBe(true);
  });
});
