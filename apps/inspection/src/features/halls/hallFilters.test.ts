import { readListState, writeListState } from '@duda/ui';
import { describe, expect, it } from 'vitest';
import { hallFilters } from './hallFilters.ts';

describe('hall list filters ↔ URL', () => {
  it('reads the keyword trimmed and the district', () => {
    expect(readListState(hallFilters, { q: ' 湖滨 ', districtId: 'd1', pageSize: '50' })).toEqual({
      filters: { q: '湖滨', districtId: 'd1' },
      page: 1,
      pageSize: 50,
      sort: null,
    });
  });

  it('leaves a blank keyword and defaults out of the URL', () => {
    const state = readListState(hallFilters, { q: '  ' });
    expect(state.filters).toEqual({ q: null, districtId: null });
    expect(writeListState(hallFilters, state)).toEqual({});
  });
});
