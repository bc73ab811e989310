import type { DataTableSort } from '../components/DDataTable/types.ts';
import type { FilterSchema, FilterValues, ListFilter } from './filters.ts';
import type { ListRequest } from './types.ts';

/** A URL query as vue-router hands it over. */
export type UrlQuery = Record<string, string | null | (string | null)[] | undefined>;

export interface ListUrlOptions<SortKey extends string = string> {
  /** Columns the server sorts by; `?sort=<key>&order=asc|desc`. None: the list has no sort parameters. */
  sortKeys?: readonly SortKey[];
  defaultPageSize?: number;
}

/** Everything a list page keeps in its URL, so a refresh or a shared link shows the same list. */
export interface ListState<Schema extends FilterSchema, SortKey extends string = string> {
  filters: FilterValues<Schema>;
  page: number;
  pageSize: number;
  sort: (DataTableSort & { key: SortKey }) | null;
}

export const DEFAULT_PAGE_SIZE = 20;
// The API refuses bigger pages.
const MAX_PAGE_SIZE = 100;

const single = (value: UrlQuery[string]): string | undefined =>
  (Array.isArray(value) ? value[0] : value) ?? undefined;

// Not `??`: null is a value ("all"), only undefined means the URL's value was invalid.
const valueOr = <T>(value: T | undefined, fallback: T): T => (value === undefined ? fallback : value);

// Each filter writes its own value type; the values come from the same schema.
const write = (filter: ListFilter, value: unknown) => (filter.write as (value: unknown) => string)(value);

function positiveInt(value: UrlQuery[string], fallback: number): number {
  const parsed = Number.parseInt(single(value) ?? '', 10);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

/** The list a URL asks for; a value the API would refuse falls back to its default. */
export function readListState<Schema extends FilterSchema, SortKey extends string = string>(
  schema: Schema,
  query: UrlQuery,
  { sortKeys = [], defaultPageSize = DEFAULT_PAGE_SIZE }: ListUrlOptions<SortKey> = {},
): ListState<Schema, SortKey> {
  const filters = {} as Record<string, unknown>;
  for (const [key, filter] of Object.entries(schema)) {
    const raw = single(query[key]);
    filters[key] = raw === undefined ? filter.default : valueOr<unknown>(filter.parse(raw), filter.default);
  }
  const sortKey = sortKeys.find((key) => key === single(query.sort));
  return {
    filters: filters as FilterValues<Schema>,
    page: positiveInt(query.page, 1),
    pageSize: Math.min(positiveInt(query.pageSize, defaultPageSize), MAX_PAGE_SIZE),
    sort: sortKey ? { key: sortKey, order: single(query.order) === 'asc' ? 'asc' : 'desc' } : null,
  };
}

/**
 * The request a list page asks its query with for this URL, as `useListPage` builds it: what a route's first
 * query reads (`listRequestOf(hallFilters, route.query)`) to start the page's query before the page loads.
 * Give it the `sortKeys` and `pageSize` the page gives `useListPage`.
 */
export function listRequestOf<Schema extends FilterSchema, const SortKey extends string = never>(
  schema: Schema,
  query: UrlQuery,
  { sortKeys, pageSize = DEFAULT_PAGE_SIZE }: { sortKeys?: readonly SortKey[]; pageSize?: number } = {},
): ListRequest<Schema, SortKey> {
  const state = readListState(schema, query, { sortKeys: sortKeys ?? [], defaultPageSize: pageSize });
  return {
    page: state.page,
    pageSize: state.pageSize,
    ...state.filters,
    ...(sortKeys ? { sort: state.sort } : {}),
  } as ListRequest<Schema, SortKey>;
}

/** The filter values as they would read back from the URL (text trimmed, blanks cleared). */
export function normalizeFilters<Schema extends FilterSchema>(
  schema: Schema,
  values: FilterValues<Schema>,
): FilterValues<Schema> {
  const normalized = {} as Record<string, unknown>;
  for (const [key, filter] of Object.entries(schema)) {
    const value = (values as Record<string, never>)[key];
    normalized[key] = valueOr<unknown>(filter.parse(write(filter, value)), filter.default);
  }
  return normalized as FilterValues<Schema>;
}

/** The URL query for a list, leaving defaults out so plain links stay plain. */
export function writeListState<Schema extends FilterSchema, SortKey extends string = string>(
  schema: Schema,
  state: ListState<Schema, SortKey>,
  { defaultPageSize = DEFAULT_PAGE_SIZE }: ListUrlOptions<SortKey> = {},
): Record<string, string> {
  const query: Record<string, string> = {};
  const normalized = normalizeFilters(schema, state.filters) as Record<string, unknown>;
  for (const [key, filter] of Object.entries(schema)) {
    const value = normalized[key];
    if (value !== filter.default) query[key] = write(filter, value);
  }
  if (state.sort) Object.assign(query, { sort: state.sort.key, order: state.sort.order });
  if (state.page > 1) query.page = String(state.page);
  if (state.pageSize !== defaultPageSize) query.pageSize = String(state.pageSize);
  return query;
}

/** Whether any filter narrows the list (the empty state then says to widen it rather than that there is nothing). */
export function isFiltered<Schema extends FilterSchema>(
  schema: Schema,
  values: FilterValues<Schema>,
): boolean {
  return Object.entries(schema).some(
    ([key, filter]) => !filter.scope && (values as Record<string, unknown>)[key] !== filter.default,
  );
}

/** One page of an already loaded list, for lists the API answers whole. */
export function pageOf<T>(list: readonly T[], page: number, pageSize: number): T[] {
  return list.slice((page - 1) * pageSize, page * pageSize);
}
