import { readListState, writeListState } from '@duda/ui';
import { describe, expect, it } from 'vitest';
import { noticeFilters } from './noticeFilters.ts';

describe('notice list ↔ URL', () => {
  it('reads a month and page, ignoring malformed values', () => {
    expect(readListState(noticeFilters, { month: '2026-10', page: '2' })).toEqual({
      filters: { month: '2026-10' },
      page: 2,
      pageSize: 20,
      sort: null,
    });
    expect(readListState(noticeFilters, { month: 'October', page: '-1' })).toEqual({
      filters: { month: null },
      page: 1,
      pageSize: 20,
      sort: null,
    });
  });

  it('writes only what differs from the defaults', () => {
    expect(
      writeListState(noticeFilters, { filters: { month: null }, page: 1, pageSize: 20, sort: null }),
    ).toEqual({});
    expect(
      writeListState(noticeFilters, { filters: { month: '2026-09' }, page: 3, pageSize: 50, sort: null }),
    ).toEqual({ month: '2026-09', page: '3', pageSize: '50' });
  });
});
