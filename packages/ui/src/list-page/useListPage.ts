import { toUserMessage } from '@duda/api-client';
import { ElMessage } from 'element-plus';
import { computed, reactive, ref, shallowRef, watch } from 'vue';
import type { ComputedRef, Ref } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import type { DataTableSort } from '../components/DDataTable/types.ts';
import type { FilterSchema, FilterValues } from './filters.ts';
import {
  DEFAULT_PAGE_SIZE,
  isFiltered,
  listRequestOf,
  normalizeFilters,
  pageOf,
  readListState,
  writeListState,
} from './listQuery.ts';
import type { ListState, UrlQuery } from './listQuery.ts';
import type { ListData, ListPage, ListPageOptions, ListQuery, ListRequest } from './types.ts';

const single = (value: UrlQuery[string]) => (Array.isArray(value) ? value[0] : value) || null;

/**
 * A list page's state, kept in the URL: filters (drafted in the filter bar, applied on 查询), page, page size
 * and sort; the query it loads with; the row drawer or route; the Excel export. Render it with `DListPage`.
 */
export function useListPage<const Schema extends FilterSchema, Row, const SortKey extends string = never>(
  options: ListPageOptions<Schema, Row, SortKey>,
): ListPage<Schema, Row, SortKey> {
  const route = useRoute();
  const router = useRouter();
  const schema = options.filters;
  const urlOptions = {
    sortKeys: options.sortKeys ?? [],
    defaultPageSize: options.pageSize ?? DEFAULT_PAGE_SIZE,
  };

  // A change written but not yet in route.query (navigation is async): the next change builds on it, so
  // two changes in one tick (page size, then page 1) both land.
  const pending = shallowRef<UrlQuery | null>(null);
  const url = computed(() => pending.value ?? route.query);
  const state = computed(() => readListState(schema, url.value, urlOptions));
  const openId = computed(() => (options.drawerParam ? single(url.value[options.drawerParam]) : null));

  function navigate(next: ListState<Schema, SortKey>, open: string | null = openId.value): void {
    const query: UrlQuery = writeListState(schema, next, urlOptions);
    if (options.drawerParam && open) query[options.drawerParam] = open;
    pending.value = query;
    void router.replace({ query }).finally(() => {
      if (pending.value === query) pending.value = null;
    });
  }

  const filters = computed(() => state.value.filters);
  const draft = reactive({ ...filters.value }) as FilterValues<Schema>;
  // Back/forward changes the URL without 查询: the fields follow.
  watch(filters, (applied) => Object.assign(draft, applied));

  const request = computed(() =>
    listRequestOf<Schema, SortKey>(schema, url.value, {
      sortKeys: options.sortKeys,
      pageSize: urlOptions.defaultPageSize,
    }),
  );

  const page = computed({
    get: () => state.value.page,
    set: (value: number) => navigate({ ...state.value, page: value }),
  });
  const pageSize = computed({
    get: () => state.value.pageSize,
    set: (value: number) => navigate({ ...state.value, pageSize: value, page: 1 }),
  });
  const sort = computed<DataTableSort | null>({
    get: () => state.value.sort,
    set: (value) => {
      const key = options.sortKeys?.find((candidate) => candidate === value?.key);
      navigate({ ...state.value, sort: key && value ? { key, order: value.order } : null, page: 1 });
    },
  });

  function apply(): void {
    navigate({ ...state.value, filters: normalizeFilters(schema, draft), page: 1 });
  }

  // A scope choice (which hall's library) is not a filter: 重置 keeps it.
  function reset(): void {
    const cleared = Object.fromEntries(
      Object.entries(schema).map(([key, filter]) => [
        key,
        filter.scope ? (filters.value as Record<string, unknown>)[key] : filter.default,
      ]),
    ) as FilterValues<Schema>;
    Object.assign(draft, cleared);
    navigate({ ...state.value, filters: cleared, page: 1 });
  }

  const { query, rows, total, loaded } = loadRows(options, request, state);

  const selected = ref(null) as Ref<Row | null>;
  const rowId = options.rowId ?? ((row: Row) => (row as { id: string }).id);
  function openRow(row: Row): void {
    if (typeof options.open === 'function') void router.push(options.open(row));
    else if (options.open !== 'drawer') return;
    else if (options.drawerParam) navigate(state.value, rowId(row));
    else selected.value = row;
  }
  const drawerOpen = computed({
    get: () => (options.drawerParam ? openId.value !== null : selected.value !== null),
    set: (open: boolean) => {
      if (open) return;
      if (options.drawerParam) navigate(state.value, null);
      else selected.value = null;
    },
  });

  const exporting = ref(false);
  const exportProgress = ref<number | null>(null);
  async function exportList(): Promise<void> {
    if (!options.exportRows || exporting.value) return;
    exporting.value = true;
    exportProgress.value = null;
    try {
      await options.exportRows(request.value, (done, all) => {
        exportProgress.value = all > 0 ? Math.min(done / all, 1) : null;
      });
    } catch (error) {
      ElMessage.error(toUserMessage(error));
    } finally {
      exporting.value = false;
      exportProgress.value = null;
    }
  }

  return {
    schema,
    request,
    filters,
    draft,
    filtered: computed(() => isFiltered(schema, filters.value)),
    page,
    pageSize,
    sort,
    apply,
    reset,
    query,
    rows,
    total,
    loaded,
    clickable: options.open !== undefined,
    openRow,
    selected,
    openId,
    drawerOpen,
    exportable: options.exportRows !== undefined,
    exporting,
    exportProgress,
    exportList,
  };
}

function loadRows<Schema extends FilterSchema, Row, SortKey extends string>(
  options: ListPageOptions<Schema, Row, SortKey>,
  request: ComputedRef<ListRequest<Schema, SortKey>>,
  state: { value: ListState<Schema, SortKey> },
) {
  if ('load' in options) {
    const query: ListQuery<ListData<Row>> = options.load(request);
    const rows = computed(() => query.data.value?.items ?? []);
    return { query, rows, loaded: rows, total: computed(() => query.data.value?.total ?? 0) };
  }
  const query = options.loadAll(request);
  const loaded = computed(() => query.data.value ?? []);
  const matching = computed(() =>
    options.select ? options.select(loaded.value, state.value.filters) : loaded.value,
  );
  return {
    query,
    loaded,
    rows: computed(() => pageOf(matching.value, state.value.page, state.value.pageSize)),
    total: computed(() => matching.value.length),
  };
}
