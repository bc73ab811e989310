import { describe, expect, it } from 'vitest';
import { inspectionsInputFrom, queryFrom } from './inspectionListQuery.ts';

describe('inspectionsInputFrom', () => {
  it('reads filters, sort and paging from the URL', () => {
    expect(
      inspectionsInputFrom({
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
      page: 3,
      pageSize: 50,
      hallId: 'hall-1',
      kind: 'MYSTERY',
      status: 'SUBMITTED',
      month: '2026-11',
      sort: { key: 'total', order: 'asc' },
    });
  });

  it('falls back to defaults for values the API would refuse', () => {
    expect(
      inspectionsInputFrom({
        kind: 'WEEKLY',
        status: 'x',
        month: '2026-13',
        sort: 'hall',
        page: '-1',
        pageSize: '1000',
      }),
    ).toEqual({
      page: 1,
      pageSize: 100,
      hallId: null,
      kind: null,
      status: null,
      month: null,
      sort: null,
    });
  });
});

describe('queryFrom', () => {
  it('leaves defaults out and round-trips', () => {
    expect(queryFrom(inspectionsInputFrom({}))).toEqual({});
    const query = { kind: 'CROSS', month: '2026-10', sort: 'inspectedOn', order: 'desc', page: '2' };
    expect(queryFrom(inspectionsInputFrom(query))).toEqual(query);
  });
});
