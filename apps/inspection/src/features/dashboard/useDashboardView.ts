import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import type { DashboardInput } from './api.ts';
import { dashboardInputFrom, queryFrom } from './dashboardQuery.ts';

/** The dashboard's month and scope, kept in the URL so a link shows the same view. */
export function useDashboardView() {
  const route = useRoute();
  const router = useRouter();
  const input = computed(() => dashboardInputFrom(route.query));

  function update(changes: Partial<DashboardInput>): void {
    void router.replace({ query: queryFrom({ ...input.value, ...changes }) });
  }

  return {
    input,
    month: computed({ get: () => input.value.month, set: (month: string) => update({ month }) }),
    scopeOrgId: computed({
      get: () => input.value.scopeOrgId ?? null,
      set: (scopeOrgId: string | null) => update({ scopeOrgId }),
    }),
  };
}
