import { QueryClient, useQuery, VueQueryPlugin } from '@tanstack/vue-query';
import { flushPromises } from '@vue/test-utils';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { computed, defineComponent, h } from 'vue';
import type { Component } from 'vue';
import { createMemoryHistory, createRouter, RouterView } from 'vue-router';
import type { DataTableColumn } from '../components/DDataTable/types.ts';
import { registerMessages } from '../i18n/i18n.ts';
import { mountWithDesignSystem } from '../test/mountWithDesignSystem.ts';
import DListPage from './DListPage.vue';
import { booleanFilter, defineFilters, enumFilter, orgFilter, textFilter } from './filters.ts';
import type { ListPageOptions, ListRequest } from './types.ts';
import { useListPage } from './useListPage.ts';

interface Order {
  id: string;
  title: string;
  status: 'OPEN' | 'CLOSED';
  hallId: string;
  overdue: boolean;
  score: number;
}

const STATUSES = ['OPEN', 'CLOSED'] as const;
const orderFilters = defineFilters({
  q: textFilter({ label: 'test.filters.q' }),
  status: enumFilter(STATUSES, {
    label: 'test.filters.status',
    optionLabel: (status) => `test.status.${status}`,
  }),
  hallId: orgFilter({ label: 'test.filters.hall', levels: ['hall'] }),
  overdue: booleanFilter({ text: 'test.filters.overdue' }),
});
type OrderRequest = ListRequest<typeof orderFilters, 'score'>;

const orders: Order[] = Array.from({ length: 45 }, (_, index) => ({
  id: `o${index + 1}`,
  title: `整改单 ${index + 1}`,
  status: index % 3 === 0 ? 'CLOSED' : 'OPEN',
  hallId: index % 2 === 0 ? 'h1' : 'h2',
  overdue: index % 5 === 0,
  score: index,
}));

/** Plays the API: filters, sorts and pages the orders, or fails while `failing` is set. */
const server = {
  requests: [] as OrderRequest[],
  failing: false,
  answer(request: OrderRequest) {
    server.requests.push(request);
    if (server.failing) return Promise.reject(new Error('database connection reset'));
    const matching = orders
      .filter((order) => !request.q || order.title.includes(request.q))
      .filter((order) => !request.status || order.status === request.status)
      .filter((order) => !request.hallId || order.hallId === request.hallId)
      .filter((order) => !request.overdue || order.overdue)
      .sort((a, b) => (request.sort?.order === 'asc' ? a.score - b.score : b.score - a.score));
    const start = (request.page - 1) * request.pageSize;
    return Promise.resolve({
      items: matching.slice(start, start + request.pageSize),
      total: matching.length,
    });
  },
};

const columns: DataTableColumn<Order>[] = [
  { key: 'title', label: '问题' },
  { key: 'status', label: '状态' },
  { key: 'score', label: '序号', sortable: true },
];

beforeAll(() =>
  registerMessages({
    'zh-CN': {
      test: {
        filters: { q: '关键字', status: '状态', hall: '营业厅', overdue: '只看超期' },
        status: { OPEN: '待整改', CLOSED: '已闭环' },
        empty: {
          none: '还没有整改单',
          noneHint: '检查发现问题后会在这里出现',
          filtered: '没有符合条件的整改单',
          filteredHint: '可以放宽筛选条件后重新查询',
        },
      },
    },
  }),
);

let queryClient: QueryClient;
afterEach(() => {
  queryClient.clear();
  server.requests = [];
  server.failing = false;
});

type Options = Partial<ListPageOptions<typeof orderFilters, Order, 'score'>>;

async function openList(url: string, options: Options = {}, props: Record<string, unknown> = {}) {
  queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  let list!: ReturnType<typeof useListPage<typeof orderFilters, Order, 'score'>>;
  const OrdersPage = defineComponent({
    setup() {
      const merged: Options = {
        filters: orderFilters,
        sortKeys: ['score'],
        open: 'drawer',
        drawerParam: 'order',
        load: (request) =>
          useQuery({
            queryKey: computed(() => ['orders', request.value]),
            queryFn: () => server.answer(request.value),
          }),
        ...options,
      };
      if ('loadAll' in options) delete (merged as { load?: unknown }).load;
      list = useListPage(merged as ListPageOptions<typeof orderFilters, Order, 'score'>);
      return () =>
        // A generic SFC's typed slots do not fit h()'s component parameter; the pages' type check covers the props.
        h(
          DListPage as Component,
          {
            list,
            columns,
            emptyTexts: 'test.empty',
            fieldProps: { hallId: { nodes: [{ id: 'h1', name: '湖滨营业厅', level: 'hall' }] } },
            ...props,
          },
          { 'cell-status': ({ row }: { row: Order }) => h('em', { class: 'order-status' }, row.status) },
        );
    },
  });
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/orders', component: OrdersPage },
      { path: '/orders/:id', name: 'order', component: { render: () => h('p', 'detail') } },
    ],
  });
  await router.push(url);
  const wrapper = mountWithDesignSystem(RouterView, {
    global: { plugins: [router, [VueQueryPlugin, { queryClient }]] },
  });
  await flushPromises();
  return { wrapper, router, list: () => list };
}

const buttonNamed = (wrapper: { findAll(selector: string): { text(): string }[] }, name: string) =>
  wrapper.findAll('button').find((button) => button.text() === name) as unknown as {
    trigger(event: string): Promise<void>;
  };
const rowTitles = (wrapper: { findAll(selector: string): { text(): string }[] }) =>
  wrapper.findAll('tbody tr td:first-child').map((cell) => cell.text());

describe('DListPage', () => {
  it('asks the API for what the URL says and shows it in the filter bar and table', async () => {
    const { wrapper } = await openList(
      '/orders?q=整改单 1&status=OPEN&sort=score&order=asc&page=2&pageSize=4',
    );
    expect(server.requests.at(-1)).toEqual({
      page: 2,
      pageSize: 4,
      q: '整改单 1',
      status: 'OPEN',
      hallId: null,
      overdue: false,
      sort: { key: 'score', order: 'asc' },
    });
    expect((wrapper.find('input[type=text]').element as HTMLInputElement).value).toBe('整改单 1');
    expect(rowTitles(wrapper)).toEqual(['整改单 17', '整改单 18']);
    expect(wrapper.findAll('tbody .order-status').map((cell) => cell.text())).toEqual(['OPEN', 'OPEN']);
    expect(wrapper.find('.el-pagination__total').text()).toMatch(/\b6\b/);
  });

  it('applies the filter bar only on 查询, back on page 1, and leaves defaults out of the URL', async () => {
    const { wrapper, router } = await openList('/orders?page=3');
    await wrapper.find('input[type=text]').setValue('  整改单 45 ');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ page: '3' });

    await buttonNamed(wrapper, '查询').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ q: '整改单 45' });
    expect(rowTitles(wrapper)).toEqual(['整改单 45']);
  });

  it('clears the filters on 重置 but keeps the page size and sort', async () => {
    const { wrapper, router, list } = await openList(
      '/orders?status=CLOSED&overdue=1&sort=score&order=asc&pageSize=50&page=2',
    );
    expect(list().draft).toMatchObject({ status: 'CLOSED', overdue: true });
    await buttonNamed(wrapper, '重置').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ sort: 'score', order: 'asc', pageSize: '50' });
    expect(list().draft).toMatchObject({ status: null, overdue: false });
  });

  it('keeps a scope choice on 重置 and does not count it as a filter', async () => {
    const scoped = defineFilters({ ...orderFilters, hallId: orgFilter({ levels: ['hall'], scope: true }) });
    const { wrapper, router } = await openList('/orders?hallId=h1&q=没有这一单', {
      filters: scoped,
    } as Options);
    expect(wrapper.text()).toContain('没有符合条件的整改单');
    await buttonNamed(wrapper, '重置').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ hallId: 'h1' });
  });

  it('follows back and forward: the filter bar shows what the URL applies', async () => {
    const { router, list } = await openList('/orders');
    await router.push('/orders?status=OPEN');
    await flushPromises();
    expect(list().draft.status).toBe('OPEN');
  });

  it('keeps both halves of a page size change: the new size and page 1', async () => {
    const { wrapper, router } = await openList('/orders?page=3');
    wrapper.findComponent({ name: 'ElPagination' }).vm.$emit('update:page-size', 50);
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ pageSize: '50' });
    expect(server.requests.at(-1)).toMatchObject({ page: 1, pageSize: 50 });
  });

  it('sorts on the server from a sortable header, back on page 1', async () => {
    const { wrapper, router } = await openList('/orders?page=2');
    await wrapper.find('thead th:nth-child(3) .caret-wrapper .ascending').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ sort: 'score', order: 'asc' });
    expect(rowTitles(wrapper)[0]).toBe('整改单 1');
  });

  it('says the list is empty and what to do next, differently when filters match nothing', async () => {
    const filteredAway = await openList('/orders?q=没有这一单');
    expect(filteredAway.wrapper.text()).toContain('没有符合条件的整改单');
    expect(filteredAway.wrapper.text()).toContain('可以放宽筛选条件后重新查询');
    filteredAway.wrapper.unmount();

    const original = orders.splice(0);
    try {
      const { wrapper } = await openList('/orders');
      expect(wrapper.text()).toContain('还没有整改单');
      expect(wrapper.text()).toContain('检查发现问题后会在这里出现');
    } finally {
      orders.push(...original);
    }
  });

  it('says why a load failed and loads again on 重试', async () => {
    server.failing = true;
    const { wrapper } = await openList('/orders');
    expect(wrapper.find('[role=alert]').text()).toContain('操作未能完成，请稍后再试');
    expect(wrapper.find('table').exists()).toBe(false);

    server.failing = false;
    await buttonNamed(wrapper, '重试').trigger('click');
    await flushPromises();
    expect(wrapper.find('[role=alert]').exists()).toBe(false);
    expect(rowTitles(wrapper)).toHaveLength(20);
  });

  it('shows the table loading while the first page is on its way', async () => {
    let answer!: () => void;
    const { wrapper } = await openList('/orders', {
      load: (request) =>
        useQuery({
          queryKey: computed(() => ['slow', request.value]),
          queryFn: () =>
            new Promise<Awaited<ReturnType<typeof server.answer>>>((resolve) => {
              answer = () => void server.answer(request.value).then(resolve);
            }),
        }),
    });
    expect(wrapper.find('.el-loading-mask').exists()).toBe(true);
    expect(wrapper.text()).not.toContain('还没有整改单');
    answer();
    await flushPromises();
    expect(rowTitles(wrapper)).toHaveLength(20);
  });

  it('opens the drawer through the URL, so a link opens it too', async () => {
    const { wrapper, router, list } = await openList('/orders?status=OPEN');
    await wrapper.find('tbody tr').trigger('click');
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ status: 'OPEN', order: 'o45' });
    expect(list().drawerOpen.value).toBe(true);

    list().page.value = 2;
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ status: 'OPEN', page: '2', order: 'o45' });

    list().drawerOpen.value = false;
    await flushPromises();
    expect(router.currentRoute.value.query).toEqual({ status: 'OPEN', page: '2' });
  });

  it('holds the clicked row for a drawer without URL parameter, or goes to the row’s route', async () => {
    const drawer = await openList('/orders', { drawerParam: undefined });
    await drawer.wrapper.find('tbody tr').trigger('click');
    expect(drawer.list().selected.value?.id).toBe('o45');
    expect(drawer.router.currentRoute.value.query).toEqual({});
    drawer.wrapper.unmount();

    const link = await openList('/orders', { open: (row) => ({ name: 'order', params: { id: row.id } }) });
    await link.wrapper.find('tbody tr').trigger('click');
    await flushPromises();
    expect(link.router.currentRoute.value.fullPath).toBe('/orders/o45');
  });

  it('hides a filter that does not apply to the user', async () => {
    const shown = await openList('/orders');
    expect(shown.wrapper.text()).toContain('营业厅');
    shown.wrapper.unmount();
    const { wrapper } = await openList('/orders', {}, { fieldProps: { hallId: { hidden: true } } });
    expect(wrapper.findAll('label').map((label) => label.text())).not.toContain('营业厅');
  });

  it('exports with the applied filters, showing progress, and says why an export failed', async () => {
    const exported: OrderRequest[] = [];
    let finish!: (failure?: Error) => void;
    const { wrapper } = await openList('/orders?status=CLOSED', {
      exportRows: (request, progress) => {
        exported.push(request);
        progress(1, 4);
        return new Promise<void>((resolve, reject) => {
          finish = (failure) => (failure ? reject(failure) : resolve());
        });
      },
    });
    await buttonNamed(wrapper, '导出 Excel').trigger('click');
    await flushPromises();
    expect(exported).toEqual([expect.objectContaining({ status: 'CLOSED', page: 1 })]);
    expect(wrapper.find('.d-list-page__export').text()).toBe('正在导出 25%');
    finish();
    await flushPromises();
    expect(wrapper.find('.d-list-page__export').text()).toBe('导出 Excel');

    await buttonNamed(wrapper, '导出 Excel').trigger('click');
    finish(new Error('disk full'));
    await flushPromises();
    expect(document.body.textContent).toContain('操作未能完成，请稍后再试');
  });
});

describe('useListPage with a list the API answers whole', () => {
  it('filters with select and pages here', async () => {
    const { wrapper, router, list } = await openList('/orders?status=CLOSED&page=2&pageSize=10', {
      loadAll: (request) =>
        useQuery({
          queryKey: computed(() => ['all-orders', request.value.hallId]),
          queryFn: () => Promise.resolve(orders),
        }),
      select: (rows, filters) => rows.filter((order) => !filters.status || order.status === filters.status),
    } as Options);
    expect(wrapper.find('.el-pagination__total').text()).toMatch(/\b15\b/);
    expect(rowTitles(wrapper)).toHaveLength(5);
    expect(rowTitles(wrapper)[0]).toBe('整改单 31');
    expect(router.currentRoute.value.query).toMatchObject({ page: '2' });
    expect(list().loaded.value).toHaveLength(45);
  });
});
