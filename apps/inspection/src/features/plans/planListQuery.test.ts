import { describe, expect, it } from 'vitest';
import { plansInputFrom, queryFrom } from './planListQuery.ts';

describe('plansInputFrom', () => {
  it('reads month, status, kind and paging', () => {
    expect(plansInputFrom({ month: '2026-12', status: 'SUBMITTED', kind: 'CROSS', page: '2' })).toEqual({
      page: 2,
      pageSize: 20,
      month: '2026-12',
      status: 'SUBMITTED',
      kind: 'CROSS',
    });
  });

  it('drops values the API would refuse', () => {
    expect(plansInputFrom({ month: '12-2026', status: 'LOST', kind: 'DAILY' })).toEqual({
      page: 1,
      pageSize: 20,
      month: null,
      status: null,
      kind: null,
    });
  });
});

describe('queryFrom', () => {
  it('leaves defaults out and round-trips', () => {
    expect(queryFrom(plansInputFrom({}))).toEqual({});
    const query = { month: '2026-11', status: 'PUBLISHED', kind: 'MYSTERY', page: '3' };
    expect(queryFrom(plansInputFrom(query))).toEqual(query);
  });
});
