import type { ComputedRef, Ref, WritableComputedRef } from 'vue';
import type { RouteLocationRaw } from 'vue-router';
import type { DataTableSort, SortOrder } from '../components/DDataTable/types.ts';
import type { FilterSchema, FilterValues } from './filters.ts';

interface Readable<T> {
  readonly value: T;
}

/** The parts of a query result the kit reads; a TanStack `useQuery` result fits as it is. */
export interface ListQuery<Data> {
  data: Readable<Data | undefined>;
  error: Readable<unknown>;
  isPending: Readable<boolean>;
  isFetching: Readable<boolean>;
  isError: Readable<boolean>;
  refetch: () => unknown;
}

/** One page of rows as a paged API answers it. */
export interface ListData<Row> {
  items: readonly Row[];
  total: number;
}

/** What the API is asked for: the page, the applied filters and, on a sortable list, the sort. */
export type ListRequest<Schema extends FilterSchema, SortKey extends string = never> = {
  page: number;
  pageSize: number;
} & FilterValues<Schema> &
  ([SortKey] extends [never] ? Record<never, never> : { sort: { key: SortKey; order: SortOrder } | null });

/** Reports an export's progress: `done` of `total` rows (or pages) written. */
export type ExportProgress = (done: number, total: number) => void;

interface ListPageCommon<Schema extends FilterSchema, Row, SortKey extends string> {
  filters: Schema;
  /** Columns the server sorts by (their `sortable` keys). */
  sortKeys?: readonly SortKey[];
  /** 20 unless the page says otherwise; never written to the URL. */
  pageSize?: number;
  /** A row click opens the drawer on the row, or goes to the route given for it. */
  open?: 'drawer' | ((row: Row) => RouteLocationRaw);
  /**
   * Keeps the open row's id in the URL under this name (`?order=<id>`), so a link can open the drawer. Without
   * it the drawer holds the clicked row itself.
   */
  drawerParam?: string;
  /** The id the drawer parameter holds; `row.id` unless told. */
  rowId?: (row: Row) => string;
  /** Writes the list (all pages, with the applied filters) to an Excel file; the kit shows the button. */
  exportRows?: (request: ListRequest<Schema, SortKey>, progress: ExportProgress) => Promise<void>;
}

/** A list the API pages: `load` calls the page's query with the request (a computed ref). */
export interface ServerPagedList<
  Schema extends FilterSchema,
  Row,
  SortKey extends string,
> extends ListPageCommon<Schema, Row, SortKey> {
  load: (request: ComputedRef<ListRequest<Schema, SortKey>>) => ListQuery<ListData<Row>>;
}

/** A list the API answers whole (a few dozen rows): the kit filters with `select` and pages it here. */
export interface LoadedList<Schema extends FilterSchema, Row, SortKey extends string> extends ListPageCommon<
  Schema,
  Row,
  SortKey
> {
  loadAll: (request: ComputedRef<ListRequest<Schema, SortKey>>) => ListQuery<readonly Row[]>;
  select?: (rows: readonly Row[], filters: FilterValues<Schema>) => readonly Row[];
}

export type ListPageOptions<Schema extends FilterSchema, Row, SortKey extends string> =
  ServerPagedList<Schema, Row, SortKey> | LoadedList<Schema, Row, SortKey>;

/** What `DListPage` renders, whatever the page's filters and sort keys. */
export interface ListPageView<Row> {
  schema: FilterSchema;
  /** What the filter bar shows; applied only on 查询. */
  draft: Record<string, unknown>;
  filtered: ComputedRef<boolean>;
  page: WritableComputedRef<number>;
  pageSize: WritableComputedRef<number>;
  sort: WritableComputedRef<DataTableSort | null>;
  apply(): void;
  reset(): void;
  query: ListQuery<unknown>;
  /** The rows on screen. */
  rows: ComputedRef<readonly Row[]>;
  total: ComputedRef<number>;
  /** What the API answered: this page's rows, or for a list loaded whole every row before `select`. */
  loaded: ComputedRef<readonly Row[]>;
  clickable: boolean;
  openRow(row: Row): void;
  /** The row the drawer shows (drawer without URL parameter). */
  selected: Ref<Row | null>;
  /** The id in the drawer's URL parameter. */
  openId: ComputedRef<string | null>;
  drawerOpen: WritableComputedRef<boolean>;
  exportable: boolean;
  exporting: Ref<boolean>;
  /** 0–1 while an export reports progress, null otherwise. */
  exportProgress: Ref<number | null>;
  exportList(): Promise<void>;
}

/** A list page's state and actions, typed with its filters and sort keys. */
export interface ListPage<
  Schema extends FilterSchema,
  Row,
  SortKey extends string = never,
> extends ListPageView<Row> {
  schema: Schema;
  draft: FilterValues<Schema>;
  /** The applied filters (from the URL). */
  filters: ComputedRef<FilterValues<Schema>>;
  /** The request the URL asks for, as the API takes it. */
  request: ComputedRef<ListRequest<Schema, SortKey>>;
}
