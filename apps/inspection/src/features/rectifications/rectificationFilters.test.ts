import { isFiltered, readListState, writeListState } from '@duda/ui';
import { describe, expect, it } from 'vitest';
import { rectificationFilters } from './rectificationFilters.ts';

const read = (query: Record<string, string>) => readListState(rectificationFilters, query);

describe('rectification list ↔ URL', () => {
  it('reads the filters a shared link carries, ignoring values the API would refuse', () => {
    expect(
      read({
        status: 'RESPONDED',
        severity: 'HUGE',
        month: '2026-13',
        overdue: '1',
        hallId: 'h1',
        page: '3',
        pageSize: '500',
      }),
    ).toEqual({
      filters: {
        status: 'RESPONDED',
        severity: null,
        hallId: 'h1',
        districtId: null,
        month: null,
        overdue: true,
        toVerify: false,
        inspectionId: null,
      },
      page: 3,
      pageSize: 100,
      sort: null,
    });
  });

  it('writes only what differs from the defaults, and reads back the same request', () => {
    const state = read({ status: 'OPEN', month: '2026-11', toVerify: '1', page: '2' });
    expect(writeListState(rectificationFilters, state)).toEqual({
      status: 'OPEN',
      month: '2026-11',
      toVerify: '1',
      page: '2',
    });
    expect(read(writeListState(rectificationFilters, state))).toEqual(state);
    expect(writeListState(rectificationFilters, read({}))).toEqual({});
  });

  it('tells a filtered list from the whole one', () => {
    expect(isFiltered(rectificationFilters, read({}).filters)).toBe(false);
    expect(isFiltered(rectificationFilters, read({ page: '4' }).filters)).toBe(false);
    expect(isFiltered(rectificationFilters, read({ overdue: '1' }).filters)).toBe(true);
  });
});
