// What the HR delivery page asks of the API.
import { useProcedureMutation, useProcedureQuery, type RouterOutputs } from '@duda/api-client';
import { toValue, type MaybeRefOrGetter } from 'vue';

export type DeliveryRow = RouterOutputs['performance']['hrDelivery']['list']['items'][number];
export type DeliveryLog = RouterOutputs['performance']['hrDelivery']['get'];

export const useEndpoint = () => useProcedureQuery('performance.hrDelivery.endpoint', {});
export const useDelivery = (id: MaybeRefOrGetter<string | null>) =>
  useProcedureQuery('performance.hrDelivery.get', () => ({ id: toValue(id)! }), {
    enabled: () => toValue(id) !== null,
  });
export const useSaveEndpoint = () =>
  useProcedureMutation('performance.hrDelivery.saveEndpoint', { invalidates: ['performance.hrDelivery'] });
export const useResend = () =>
  useProcedureMutation('performance.hrDelivery.resend', { invalidates: ['performance.hrDelivery'] });
