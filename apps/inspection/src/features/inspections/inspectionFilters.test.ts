import { INSPECTION_SORT_KEYS } from '@duda/contract-inspection';
import { readListState, writeListState } from '@duda/ui';
import { describe, expect, it } from 'vitest';
import { inspectionFilters } from './inspectionFilters.ts';

const options = { sortKeys: INSPECTION_SORT_KEYS };
const read = (query: Record<string, string>) => readListState(inspectionFilters, query, options);

describe('inspection list filters ↔ URL', () => {
  it('reads filters, sort and paging from the URL', () => {
    expect(
      read({
        hallId: 'hall-1',
        kind: 'MYSTERY',
        status: 'SUBMITTED',
        month: '2026-11',
        sort: 'total',
        order: 'asc',
        page: '3',
        pageSize: '50',
      }),
    ).toEqual({
      filters: { hallId: 'hall-1', kind: 'MYSTERY', status: 'SUBMITTED', month: '2026-11' },
      page: 3,
      pageSize: 50,
      sort: { key: 'total', order: 'asc' },
    });
  });

  it('falls back to defaults for values the API would refuse', () => {
    expect(
      read({ kind: 'WEEKLY', status: 'x', month: '2026-13', sort: 'hall', page: '-1', pageSize: '1000' }),
    ).toEqual({
      filters: { hallId: null, kind: null, status: null, month: null },
      page: 1,
      pageSize: 100,
      sort: null,
    });
  });

  it('leaves defaults out and round-trips', () => {
    expect(writeListState(inspectionFilters, read({}), options)).toEqual({});
    const query = { kind: 'CROSS', month: '2026-10', sort: 'inspectedOn', order: 'desc', page: '2' };
    expect(writeListState(inspectionFilters, read(query), options)).toEqual(query);
  });
});
