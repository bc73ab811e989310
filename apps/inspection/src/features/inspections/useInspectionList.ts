import type { DataTableSort } from '@duda/ui';
import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import type { InspectionsInput } from './api.ts';
import { DEFAULT_PAGE_SIZE, inspectionsInputFrom, queryFrom } from './inspectionListQuery.ts';

/** The inspections list's request, read from and written to the URL. */
export function useInspectionList() {
  const route = useRoute();
  const router = useRouter();
  const input = computed(() => inspectionsInputFrom(route.query));

  function update(changes: Partial<InspectionsInput>): void {
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
  const sort = computed<DataTableSort | null>({
    get: () => input.value.sort ?? null,
    set: (value) =>
      update({
        sort:
          value && (value.key === 'inspectedOn' || value.key === 'total')
            ? { key: value.key, order: value.order }
            : null,
        page: 1,
      }),
  });

  return { input, update, page, pageSize, sort };
}
