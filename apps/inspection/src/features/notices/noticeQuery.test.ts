import { describe, expect, it } from 'vitest';
import { noticeInputFrom, queryFrom } from './noticeQuery.ts';

describe('notice list ↔ URL', () => {
  it('reads a month and page, ignoring malformed values', () => {
    expect(noticeInputFrom({ month: '2026-10', page: '2' })).toEqual({
      page: 2,
      pageSize: 20,
      month: '2026-10',
    });
    expect(noticeInputFrom({ month: 'October', page: '-1' })).toEqual({ page: 1, pageSize: 20, month: null });
  });

  it('writes only what differs from the defaults', () => {
    expect(queryFrom({ page: 1, pageSize: 20, month: null })).toEqual({});
    expect(queryFrom({ page: 3, pageSize: 50, month: '2026-09' })).toEqual({
      month: '2026-09',
      page: '3',
      pageSize: '50',
    });
  });
});
