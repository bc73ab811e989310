import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import type { HallsInput } from '../../api/halls.ts';
import { hallsInputFrom, queryFrom } from './hallListQuery.ts';

/** The halls list's request, read from and written to the URL. */
export function useHallList() {
  const route = useRoute();
  const router = useRouter();
  const input = computed(() => hallsInputFrom(route.query));

  function update(changes: Partial<HallsInput>): void {
    void router.replace({ query: queryFrom({ ...input.value, ...changes }) });
  }

  const page = computed({
    get: () => input.value.page ?? 1,
    set: (value: number) => update({ page: value }),
  });
  const pageSize = computed({
    get: () => input.value.pageSize ?? 20,
    set: (value: number) => update({ pageSize: value, page: 1 }),
  });

  return { input, update, page, pageSize };
}
