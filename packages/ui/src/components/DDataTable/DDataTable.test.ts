import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { h, nextTick } from 'vue';
import { mountWithDesignSystem } from '../../test/mountWithDesignSystem.ts';
import DDataTable from './DDataTable.vue';
import type { DataTableColumn } from './types.ts';
import { columnStorageKey } from './useColumnVisibility.ts';

interface Hall {
  id: string;
  name: string;
  city: string;
  score: number | null;
}

const columns: DataTableColumn<Hall>[] = [
  { key: 'name', label: '营业厅', sortable: true },
  { key: 'city', label: '市公司' },
  { key: 'score', label: '得分', formatter: (row) => (row.score === null ? '未评分' : `${row.score} 分`) },
];
const rows: Hall[] = [
  { id: 'h1', name: '五一广场营业厅', city: '长沙', score: 92 },
  { id: 'h2', name: '火车站营业厅', city: '长沙', score: null },
];

function mountTable(props: Record<string, unknown> = {}, slots = {}) {
  return mountWithDesignSystem(DDataTable, {
    props: { rows, columns, total: 45, page: 1, pageSize: 20, ...props },
    slots,
  });
}

const headerLabels = (wrapper: ReturnType<typeof mountTable>) =>
  wrapper.findAll('thead th .cell').map((cell) => cell.text());

describe('DDataTable', () => {
  it('renders cells through the formatter and the cell-<key> slot', async () => {
    const wrapper = mountTable(
      {},
      { 'cell-name': ({ row }: { row: Hall }) => h('a', { class: 'hall-link' }, row.name) },
    );
    await flushPromises();
    expect(wrapper.findAll('tbody .hall-link').map((link) => link.text())).toEqual([
      '五一广场营业厅',
      '火车站营业厅',
    ]);
    expect(wrapper.text()).toContain('92 分');
    expect(wrapper.text()).toContain('未评分');
  });

  it('hands cell slots real rows only', async () => {
    const seenIds = new Set<string | undefined>();
    mountTable({}, { 'cell-score': ({ row }: { row: Hall }) => (seenIds.add(row.id), String(row.score)) });
    await flushPromises();
    expect(seenIds).toEqual(new Set(['h1', 'h2']));
  });

  it('emits the next page and resets to page 1 when the page size changes', async () => {
    const wrapper = mountTable();
    await flushPromises();
    await wrapper.find('.el-pager li:nth-child(2)').trigger('click');
    expect(wrapper.emitted('update:page')).toEqual([[2]]);

    wrapper.findComponent({ name: 'ElPagination' }).vm.$emit('update:page-size', 50);
    expect(wrapper.emitted('update:pageSize')).toEqual([[50]]);
    expect(wrapper.emitted('update:page')?.at(-1)).toEqual([1]);
  });

  it('emits the sort as key and asc/desc when a sortable header is clicked', async () => {
    const wrapper = mountTable();
    await flushPromises();
    await wrapper.find('thead th .caret-wrapper .ascending').trigger('click');
    expect(wrapper.emitted('update:sort')).toEqual([[{ key: 'name', order: 'asc' }]]);
  });

  it('shows the initial sort and clears the header arrows when the parent clears the sort', async () => {
    const wrapper = mountTable({ sort: { key: 'name', order: 'desc' } });
    await flushPromises();
    const nameHeader = () => wrapper.find('thead th');
    expect(nameHeader().classes()).toContain('descending');
    await wrapper.setProps({ sort: null });
    await flushPromises();
    expect(nameHeader().classes()).not.toContain('descending');
  });

  it('emits row-click with the row', async () => {
    const wrapper = mountTable();
    await flushPromises();
    await wrapper.findAll('tbody tr')[1]!.trigger('click');
    expect(wrapper.emitted('row-click')).toEqual([[rows[1]]]);
  });

  it('hides a column from 列设置 and remembers it under the storage key', async () => {
    localStorage.clear();
    const wrapper = mountTable({ storageKey: 'halls' });
    await flushPromises();
    expect(headerLabels(wrapper)).toEqual(['营业厅', '市公司', '得分']);

    await wrapper.find('[aria-label="列设置"]').trigger('click');
    // The list is drawn when the popover first opens, after the popper's own timer: wait for it, not for a tick.
    const cityCheckbox = await vi.waitFor(() => {
      const label = [...document.querySelectorAll('.d-column-settings label')].find((candidate) =>
        candidate.textContent?.includes('市公司'),
      );
      expect(label).toBeDefined();
      return label as HTMLElement;
    });
    cityCheckbox.querySelector('input')!.click();
    await flushPromises();

    expect(headerLabels(wrapper)).toEqual(['营业厅', '得分']);
    expect(JSON.parse(localStorage.getItem(columnStorageKey('halls'))!)).toEqual({ city: false });

    wrapper.unmount();
    const remounted = mountTable({ storageKey: 'halls' });
    await flushPromises();
    expect(headerLabels(remounted)).toEqual(['营业厅', '得分']);
  });

  it('starts hiddenByDefault columns hidden', async () => {
    const wrapper = mountTable({
      columns: [...columns, { key: 'id', label: '编号', hiddenByDefault: true }],
    });
    await flushPromises();
    expect(headerLabels(wrapper)).not.toContain('编号');
  });

  it('shows the empty state when there are no rows, and not while loading', async () => {
    const wrapper = mountTable({ rows: [], total: 0 });
    await flushPromises();
    expect(wrapper.find('.d-empty-state').text()).toContain('暂无数据');
    expect(wrapper.find('.el-pagination').exists()).toBe(false);

    await wrapper.setProps({ loading: true });
    await nextTick();
    expect(wrapper.find('.d-empty-state').exists()).toBe(false);
  });
});
