import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import type { PlansInput } from './api.ts';
import { DEFAULT_PAGE_SIZE, plansInputFrom, queryFrom } from './planListQuery.ts';

/** The plans list's request, read from and written to the URL. */
export function usePlanList() {
  const route = useRoute();
  const router = useRouter();
  const input = computed(() => plansInputFrom(route.query));

  function update(changes: Partial<PlansInput>): void {
    void router.replace({ query: queryFrom({ ...input.value, ...changes }) });
  }

  const page = computed({
    get: () => input.value.page ?? 1,
    set: (value: number) => update({ page: value }),
  });
  const pageSize = computed({
    get: () => input.value.pageSize ?? DEFAULT_PAGE_SIZE,
    set: (value: number) => update({ pageSize: value, page: 1 }),
  });

  return { input, update, page, pageSize };
}
