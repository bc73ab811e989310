import { useProcedureQuery } from '@duda/api-client';
import type { RouterOutputs } from '@duda/api-client';
import { toValue } from 'vue';
import type { MaybeRefOrGetter } from 'vue';

export type DefectEntry = RouterOutputs['inspection']['defects'][number];

/** A hall's defect library (the whole year at once: a hall has at most a few dozen items with problems). */
export function useDefectsQuery(hallId: MaybeRefOrGetter<string | null>) {
  return useProcedureQuery('inspection.defects', () => ({ hallId: toValue(hallId)! }), {
    enabled: () => toValue(hallId) !== null,
  });
}
