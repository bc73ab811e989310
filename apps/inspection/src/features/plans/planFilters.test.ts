import { readListState, writeListState } from '@duda/ui';
import { describe, expect, it } from 'vitest';
import { planFilters } from './planFilters.ts';

const read = (query: Record<string, string>) => readListState(planFilters, query);

describe('plan list filters ↔ URL', () => {
  it('reads month, status, kind and paging', () => {
    expect(read({ month: '2026-12', status: 'SUBMITTED', kind: 'CROSS', page: '2' })).toEqual({
      filters: { month: '2026-12', status: 'SUBMITTED', kind: 'CROSS' },
      page: 2,
      pageSize: 20,
      sort: null,
    });
  });

  it('drops values the API would refuse', () => {
    expect(read({ month: '12-2026', status: 'LOST', kind: 'DAILY' })).toEqual({
      filters: { month: null, status: null, kind: null },
      page: 1,
      pageSize: 20,
      sort: null,
    });
  });

  it('leaves defaults out and round-trips', () => {
    expect(writeListState(planFilters, read({}))).toEqual({});
    const query = { month: '2026-11', status: 'PUBLISHED', kind: 'MYSTERY', page: '3' };
    expect(writeListState(planFilters, read(query))).toEqual(query);
  });
});
