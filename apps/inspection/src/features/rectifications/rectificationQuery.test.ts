import { describe, expect, it } from 'vitest';
import { isFiltered, queryFrom, rectificationInputFrom } from './rectificationQuery.ts';

describe('rectification list ↔ URL', () => {
  it('reads the filters a shared link carries, ignoring values the API would refuse', () => {
    expect(
      rectificationInputFrom({
        status: 'RESPONDED',
        severity: 'HUGE',
        month: '2026-13',
        overdue: '1',
        hallId: 'h1',
        page: '3',
        pageSize: '500',
      }),
    ).toEqual({
      page: 3,
      pageSize: 100,
      status: 'RESPONDED',
      severity: null,
      hallId: 'h1',
      districtId: null,
      month: null,
      overdue: true,
      toVerify: null,
    });
  });

  it('writes only what differs from the defaults, and reads back the same request', () => {
    const input = rectificationInputFrom({ status: 'OPEN', month: '2026-11', toVerify: '1', page: '2' });
    expect(queryFrom(input)).toEqual({ status: 'OPEN', month: '2026-11', toVerify: '1', page: '2' });
    expect(rectificationInputFrom(queryFrom(input) as Record<string, string>)).toEqual(input);
    expect(queryFrom(rectificationInputFrom({}))).toEqual({});
  });

  it('tells a filtered list from the whole one', () => {
    expect(isFiltered(rectificationInputFrom({}))).toBe(false);
    expect(isFiltered(rectificationInputFrom({ page: '4' }))).toBe(false);
    expect(isFiltered(rectificationInputFrom({ overdue: '1' }))).toBe(true);
  });
});
