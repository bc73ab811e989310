import { api } from '@duda/api-client';
import type { RouterOutputs } from '@duda/api-client';
import { useQuery } from '@tanstack/vue-query';
import { computed, toValue } from 'vue';
import type { MaybeRefOrGetter } from 'vue';

export type DefectEntry = RouterOutputs['inspection']['defects'][number];

export const defectKeys = {
  hall: (hallId: string | null) => ['inspection', 'defects', hallId] as const,
};

/** A hall's defect library (the whole year at once: a hall has at most a few dozen items with problems). */
export function useDefectsQuery(hallId: MaybeRefOrGetter<string | null>) {
  return useQuery({
    queryKey: computed(() => defectKeys.hall(toValue(hallId))),
    queryFn: ({ signal }) => api.inspection.defects.query({ hallId: toValue(hallId)! }, { signal }),
    enabled: computed(() => toValue(hallId) !== null),
  });
}
