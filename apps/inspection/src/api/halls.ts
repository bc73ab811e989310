import { useProcedureQuery } from '@duda/api-client';
import type { RouterInputs, RouterOutputs } from '@duda/api-client';
import { toValue } from 'vue';
import type { MaybeRefOrGetter } from 'vue';

export type HallsInput = RouterInputs['org']['halls'];
export type HallRow = RouterOutputs['org']['halls']['items'][number];

/** One page of the halls in the user's scope; the previous page stays on screen while the next loads. */
export function useHallsQuery(input: MaybeRefOrGetter<HallsInput>) {
  return useProcedureQuery('org.halls', input, { keepPrevious: true });
}

/** A hall's place in the org tree, for the detail drawer. */
export function useOrgNodeQuery(id: MaybeRefOrGetter<string | null>) {
  return useProcedureQuery('org.node', () => ({ id: toValue(id)! }), { enabled: () => toValue(id) !== null });
}
