import { api } from '@duda/api-client';
import type { RouterInputs, RouterOutputs } from '@duda/api-client';
import { keepPreviousData, useQuery } from '@tanstack/vue-query';
import { computed, toValue } from 'vue';
import type { MaybeRefOrGetter } from 'vue';
import { orgKeys } from './keys.ts';

export type HallsInput = RouterInputs['org']['halls'];
export type HallRow = RouterOutputs['org']['halls']['items'][number];

/** One page of the halls in the user's scope; the previous page stays on screen while the next loads. */
export function useHallsQuery(input: MaybeRefOrGetter<HallsInput>) {
  return useQuery({
    queryKey: computed(() => orgKeys.halls(toValue(input))),
    queryFn: ({ signal }) => api.org.halls.query(toValue(input), { signal }),
    placeholderData: keepPreviousData,
  });
}

/** A hall's place in the org tree, for the detail drawer. */
export function useOrgNodeQuery(id: MaybeRefOrGetter<string | null>) {
  return useQuery({
    queryKey: computed(() => orgKeys.node(toValue(id))),
    queryFn: ({ signal }) => api.org.node.query({ id: toValue(id)! }, { signal }),
    enabled: computed(() => toValue(id) !== null),
  });
}
