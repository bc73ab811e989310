// What the loop board asks of the API.
import { useProcedureQuery, type RouterOutputs } from '@duda/api-client';
import { toValue, type MaybeRefOrGetter } from 'vue';

export type LoopMonth = RouterOutputs['performance']['loop']['month'];

export const useLoopMonth = (month: MaybeRefOrGetter<string>) =>
  useProcedureQuery('performance.loop.month', () => ({ month: toValue(month) }));
