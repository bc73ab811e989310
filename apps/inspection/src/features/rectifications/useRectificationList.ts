import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import type { RectificationListInput } from './api.ts';
import { DEFAULT_PAGE_SIZE, queryFrom, rectificationInputFrom } from './rectificationQuery.ts';

/** The orders list's request, read from and written to the URL; `order` in the URL opens its drawer. */
export function useRectificationList() {
  const route = useRoute();
  const router = useRouter();
  const input = computed(() => rectificationInputFrom(route.query));
  const openOrderId = computed(() => {
    const value = route.query.order;
    return (Array.isArray(value) ? value[0] : value) || null;
  });

  function navigate(changes: Partial<RectificationListInput>, order: string | null): void {
    const query = queryFrom({ ...input.value, ...changes });
    void router.replace({ query: order ? { ...query, order } : query });
  }

  const update = (changes: Partial<RectificationListInput>) => navigate(changes, openOrderId.value);
  const openOrder = (id: string | null) => navigate({}, id);

  const page = computed({
    get: () => input.value.page ?? 1,
    set: (value: number) => update({ page: value }),
  });
  const pageSize = computed({
    get: () => input.value.pageSize ?? DEFAULT_PAGE_SIZE,
    set: (value: number) => update({ pageSize: value, page: 1 }),
  });

  return { input, update, page, pageSize, openOrderId, openOrder };
}
