import { api, queryKeyOf, useProcedureQuery } from '@duda/api-client';
import type { RouterInputs, RouterOutputs } from '@duda/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/vue-query';
import { toValue } from 'vue';
import type { MaybeRefOrGetter } from 'vue';

export type QueueAlert = RouterOutputs['inspection']['queue']['alerts'][number];
export type QueueReading = RouterOutputs['inspection']['queue']['readings'][number];
export type QueueAssessment = RouterOutputs['inspection']['queue']['report'];
export type QueueReport = RouterInputs['inspection']['queue']['report'];
export type QueueThresholds = RouterOutputs['inspection']['queue']['settings'];

/** Unhandled warnings in the user's scope; polled, since a queue builds up in minutes. */
export function useQueueAlerts() {
  return useQuery({
    queryKey: queryKeyOf('inspection.queue.alerts'),
    queryFn: ({ signal }) => api.inspection.queue.alerts.query(undefined, { signal }),
    refetchInterval: 60_000,
  });
}

export function useHallReadings(hallId: MaybeRefOrGetter<string | null>) {
  return useProcedureQuery('inspection.queue.readings', () => ({ hallId: toValue(hallId)! }), {
    enabled: () => toValue(hallId) !== null,
  });
}

function useQueueMutation<Input, Output>(call: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSettled: () => client.invalidateQueries({ queryKey: queryKeyOf('inspection.queue') }),
  });
}

export const useReportQueue = () =>
  useQueueMutation((input: QueueReport) => api.inspection.queue.report.mutate(input));

export const useAcknowledgeAlert = () =>
  useQueueMutation((id: string) => api.inspection.queue.acknowledge.mutate({ id }));

export function useQueueSettings(cityId: MaybeRefOrGetter<string | null>) {
  return useProcedureQuery('inspection.queue.settings', () => ({ cityId: toValue(cityId)! }), {
    enabled: () => toValue(cityId) !== null,
  });
}

export const useUpdateQueueSettings = () =>
  useQueueMutation((input: QueueThresholds & { cityId: string }) =>
    api.inspection.queue.updateSettings.mutate(input),
  );
