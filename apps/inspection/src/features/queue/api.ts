import { api } from '@duda/api-client';
import type { RouterInputs, RouterOutputs } from '@duda/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/vue-query';
import { computed, toValue } from 'vue';
import type { MaybeRefOrGetter } from 'vue';

export type QueueAlert = RouterOutputs['inspection']['queue']['alerts'][number];
export type QueueReading = RouterOutputs['inspection']['queue']['readings'][number];
export type QueueAssessment = RouterOutputs['inspection']['queue']['report'];
export type QueueReport = RouterInputs['inspection']['queue']['report'];
export type QueueThresholds = RouterOutputs['inspection']['queue']['settings'];

export const queueKeys = {
  all: ['inspection', 'queue'] as const,
  alerts: () => ['inspection', 'queue', 'alerts'] as const,
  readings: (hallId: string | null) => ['inspection', 'queue', 'readings', hallId] as const,
  settings: (cityId: string | null) => ['inspection', 'queue', 'settings', cityId] as const,
};

/** Unhandled warnings in the user's scope; polled, since a queue builds up in minutes. */
export function useQueueAlerts() {
  return useQuery({
    queryKey: queueKeys.alerts(),
    queryFn: ({ signal }) => api.inspection.queue.alerts.query(undefined, { signal }),
    refetchInterval: 60_000,
  });
}

export function useHallReadings(hallId: MaybeRefOrGetter<string | null>) {
  return useQuery({
    queryKey: computed(() => queueKeys.readings(toValue(hallId))),
    queryFn: ({ signal }) => api.inspection.queue.readings.query({ hallId: toValue(hallId)! }, { signal }),
    enabled: computed(() => toValue(hallId) !== null),
  });
}

function useQueueMutation<Input, Output>(call: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSettled: () => client.invalidateQueries({ queryKey: queueKeys.all }),
  });
}

export const useReportQueue = () =>
  useQueueMutation((input: QueueReport) => api.inspection.queue.report.mutate(input));

export const useAcknowledgeAlert = () =>
  useQueueMutation((id: string) => api.inspection.queue.acknowledge.mutate({ id }));

export function useQueueSettings(cityId: MaybeRefOrGetter<string | null>) {
  return useQuery({
    queryKey: computed(() => queueKeys.settings(toValue(cityId))),
    queryFn: ({ signal }) => api.inspection.queue.settings.query({ cityId: toValue(cityId)! }, { signal }),
    enabled: computed(() => toValue(cityId) !== null),
  });
}

export const useUpdateQueueSettings = () =>
  useQueueMutation((input: QueueThresholds & { cityId: string }) =>
    api.inspection.queue.updateSettings.mutate(input),
  );
