import { api } from '@duda/api-client';
import type { RouterInputs, RouterOutputs } from '@duda/api-client';
import { keepPreviousData, useQuery } from '@tanstack/vue-query';
import { computed, toValue } from 'vue';
import type { MaybeRefOrGetter } from 'vue';

export type DashboardInput = RouterInputs['inspection']['dashboard'];
export type Dashboard = RouterOutputs['inspection']['dashboard'];

export const dashboardKeys = {
  view: (input: DashboardInput) => ['inspection', 'dashboard', input] as const,
};

/** The dashboard of one unit and month; switching month keeps the previous figures on screen until the new ones arrive. */
export function useDashboardQuery(input: MaybeRefOrGetter<DashboardInput>) {
  return useQuery({
    queryKey: computed(() => dashboardKeys.view(toValue(input))),
    queryFn: ({ signal }) => api.inspection.dashboard.query(toValue(input), { signal }),
    placeholderData: keepPreviousData,
  });
}
