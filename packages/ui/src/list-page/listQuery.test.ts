import { describe, expect, it } from 'vitest';
import { booleanFilter, defineFilters, enumFilter, monthFilter, orgFilter, textFilter } from './filters.ts';
import {
  isFiltered,
  listRequestOf,
  normalizeFilters,
  pageOf,
  readListState,
  writeListState,
} from './listQuery.ts';

const STATUSES = ['OPEN', 'RESPONDED', 'ACCEPTED'] as const;
const schema = defineFilters({
  q: textFilter(),
  status: enumFilter(STATUSES, { optionLabel: (status) => `status.${status}` }),
  month: monthFilter(),
  hallId: orgFilter({ levels: ['hall'] }),
  overdue: booleanFilter(),
});
const sorted = { sortKeys: ['inspectedOn', 'total'] as const };

describe('readListState', () => {
  it('reads filters, sort and paging from the URL', () => {
    expect(
      readListState(
        schema,
        {
          q: ' 湖滨 ',
          status: 'RESPONDED',
          month: '2026-11',
          hallId: 'h1',
          overdue: '1',
          sort: 'total',
          order: 'asc',
          page: '3',
          pageSize: '50',
        },
        sorted,
      ),
    ).toEqual({
      filters: { q: '湖滨', status: 'RESPONDED', month: '2026-11', hallId: 'h1', overdue: true },
      page: 3,
      pageSize: 50,
      sort: { key: 'total', order: 'asc' },
    });
  });

  it('falls back to defaults for values the API would refuse', () => {
    expect(
      readListState(
        schema,
        {
          q: '   ',
          status: 'HUGE',
          month: '2026-13',
          overdue: 'yes',
          sort: 'hall',
          page: '-1',
          pageSize: '1000',
        },
        sorted,
      ),
    ).toEqual({
      filters: { q: null, status: null, month: null, hallId: null, overdue: false },
      page: 1,
      pageSize: 100,
      sort: null,
    });
  });

  it('takes the first of repeated parameters and reads a sort without an order as descending', () => {
    expect(
      readListState(schema, { status: ['OPEN', 'ACCEPTED'], sort: 'inspectedOn' }, sorted),
    ).toMatchObject({
      filters: { status: 'OPEN' },
      sort: { key: 'inspectedOn', order: 'desc' },
    });
  });

  it('ignores sort parameters on a list without sortable columns', () => {
    expect(readListState(schema, { sort: 'total', order: 'asc' }).sort).toBeNull();
  });

  it('uses the page size the page asked for', () => {
    expect(readListState(schema, {}, { defaultPageSize: 50 }).pageSize).toBe(50);
  });
});

describe('writeListState', () => {
  it('leaves defaults out and round-trips', () => {
    expect(writeListState(schema, readListState(schema, {}, sorted), sorted)).toEqual({});
    const query = {
      status: 'OPEN',
      month: '2026-10',
      overdue: '1',
      sort: 'inspectedOn',
      order: 'desc',
      page: '2',
      pageSize: '50',
    };
    expect(writeListState(schema, readListState(schema, query, sorted), sorted)).toEqual(query);
  });

  it('writes what a user typed as it would read back', () => {
    const state = readListState(schema, {});
    expect(writeListState(schema, { ...state, filters: { ...state.filters, q: '  湖滨  ' } })).toEqual({
      q: '湖滨',
    });
    expect(writeListState(schema, { ...state, filters: { ...state.filters, q: '   ' } })).toEqual({});
  });

  it('writes a value that differs from a filter’s own default, and "all" as an empty parameter', () => {
    const withDefaults = defineFilters({
      status: enumFilter(STATUSES, { optionLabel: String, default: 'OPEN' }),
      mine: booleanFilter({ default: true }),
    });
    expect(readListState(withDefaults, {}).filters).toEqual({ status: 'OPEN', mine: true });
    const all = { filters: { status: null, mine: false }, page: 1, pageSize: 20, sort: null };
    expect(writeListState(withDefaults, all)).toEqual({ status: '', mine: '0' });
    expect(readListState(withDefaults, { status: '', mine: '0' }).filters).toEqual(all.filters);
  });
});

describe('normalizeFilters', () => {
  it('trims text and clears blanks', () => {
    const state = readListState(schema, {});
    expect(normalizeFilters(schema, { ...state.filters, q: ' a ' }).q).toBe('a');
    expect(normalizeFilters(schema, { ...state.filters, q: '' }).q).toBeNull();
  });
});

describe('isFiltered', () => {
  it('tells a filtered list from the whole one; paging is no filter', () => {
    expect(isFiltered(schema, readListState(schema, {}).filters)).toBe(false);
    expect(isFiltered(schema, readListState(schema, { page: '4' }).filters)).toBe(false);
    expect(isFiltered(schema, readListState(schema, { overdue: '1' }).filters)).toBe(true);
  });

  it('does not count a scope choice as a filter', () => {
    const library = defineFilters({ hallId: orgFilter({ levels: ['hall'], scope: true }), q: textFilter() });
    expect(isFiltered(library, { hallId: 'h1', q: null })).toBe(false);
    expect(isFiltered(library, { hallId: 'h1', q: '卫生' })).toBe(true);
  });
});

describe('listRequestOf', () => {
  it.each([
    {
      case: 'a bare URL: page 1 at the default size, the defaults of the filters',
      query: {},
      options: {},
      request: { page: 1, pageSize: 20, q: null, status: null, month: null, hallId: null, overdue: false },
    },
    {
      case: "the URL's filters and paging, the page's own page size when the URL has none",
      query: { q: '湖滨', hallId: 'h1', page: '2' },
      options: { pageSize: 50 },
      request: { page: 2, pageSize: 50, q: '湖滨', status: null, month: null, hallId: 'h1', overdue: false },
    },
    {
      case: 'a sorted list: its sort, and a page size the API would refuse capped',
      query: { sort: 'total', order: 'asc', pageSize: '500' },
      options: sorted,
      request: {
        page: 1,
        pageSize: 100,
        q: null,
        status: null,
        month: null,
        hallId: null,
        overdue: false,
        sort: { key: 'total', order: 'asc' },
      },
    },
    {
      case: 'a sorted list whose URL names no known column: no sort',
      query: { sort: 'name' },
      options: sorted,
      request: {
        page: 1,
        pageSize: 20,
        q: null,
        status: null,
        month: null,
        hallId: null,
        overdue: false,
        sort: null,
      },
    },
  ])('$case', ({ query, options, request }) => {
    expect(listRequestOf(schema, query, options)).toEqual(request);
  });
});

describe('pageOf', () => {
  it('pages a loaded list', () => {
    expect(pageOf([1, 2, 3, 4, 5], 2, 2)).toEqual([3, 4]);
    expect(pageOf([1, 2, 3], 3, 2)).toEqual([]);
  });
});
