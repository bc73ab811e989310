import { useProcedureQuery } from '@duda/api-client';
import type { RouterInputs, RouterOutputs } from '@duda/api-client';
import type { MaybeRefOrGetter } from 'vue';

export type DashboardInput = RouterInputs['inspection']['dashboard'];
export type Dashboard = RouterOutputs['inspection']['dashboard'];

/** The dashboard of one unit and month; switching month keeps the previous figures on screen until the new ones arrive. */
export function useDashboardQuery(input: MaybeRefOrGetter<DashboardInput>) {
  return useProcedureQuery('inspection.dashboard', input, { keepPrevious: true });
}
