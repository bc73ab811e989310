import { ref, watch } from 'vue';
import type { Ref } from 'vue';
import type { DataTableSort } from '../src/index.ts';
import { rectificationOrders, wait } from './fixtures.ts';
import type { RectificationOrder } from './fixtures.ts';

export interface OrderQuery {
  hallName: string;
  status: string;
  page: number;
  pageSize: number;
  sort: DataTableSort | null;
}

/** Plays the rectification service: filters, sorts and pages on the "server" after a short delay. */
export function useFakeOrders(query: Ref<OrderQuery>) {
  const rows = ref<RectificationOrder[]>([]);
  const total = ref(0);
  const loading = ref(false);

  async function load(): Promise<void> {
    loading.value = true;
    await wait(400);
    const { hallName, status, page, pageSize, sort } = query.value;
    const matching = rectificationOrders.filter(
      (order) => order.hallName.includes(hallName.trim()) && (!status || order.status === status),
    );
    if (sort) {
      const key = sort.key as keyof RectificationOrder;
      const direction = sort.order === 'asc' ? 1 : -1;
      matching.sort((a, b) => direction * String(a[key] ?? '').localeCompare(String(b[key] ?? ''), 'zh-CN'));
    }
    total.value = matching.length;
    rows.value = matching.slice((page - 1) * pageSize, page * pageSize);
    loading.value = false;
  }

  // The scheduler batches changes made together (e.g. 重置 clears the sort and goes to page 1) into one load.
  watch(query, load, { immediate: true });

  return { rows, total, loading };
}
