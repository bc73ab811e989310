import { api } from '@duda/api-client';
import type { RouterInputs, RouterOutputs } from '@duda/api-client';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/vue-query';
import { computed, toValue } from 'vue';
import type { MaybeRefOrGetter } from 'vue';
import type { PhotoRef } from './perform/inspectionForm.ts';

export type InspectionsInput = RouterInputs['inspection']['inspections']['list'];
export type InspectionRow = RouterOutputs['inspection']['inspections']['list']['items'][number];
export type InspectionDetail = RouterOutputs['inspection']['inspections']['get'];
export type MyTasks = RouterOutputs['inspection']['inspections']['tasks'];
export type PlannedTask = MyTasks['assigned'][number];
export type StartInput = RouterInputs['inspection']['inspections']['start'];
export type SaveDraftInput = RouterInputs['inspection']['inspections']['saveDraft'];
export type SubmitInput = RouterInputs['inspection']['inspections']['submit'];

// Keys start with the procedure path, so invalidating ['inspection', 'inspections'] refreshes lists, tasks and details.
export const inspectionKeys = {
  all: () => ['inspection', 'inspections'] as const,
  list: (input: InspectionsInput) => ['inspection', 'inspections', 'list', input] as const,
  tasks: () => ['inspection', 'inspections', 'tasks'] as const,
  detail: (id: string | null) => ['inspection', 'inspections', 'get', id] as const,
};

/** What the user should do next: planned visits, checklists issued to their hall, today's daily checks. */
export function useTasksQuery() {
  return useQuery({
    queryKey: inspectionKeys.tasks(),
    queryFn: ({ signal }) => api.inspection.inspections.tasks.query(undefined, { signal }),
  });
}

export function useInspectionsQuery(input: MaybeRefOrGetter<InspectionsInput>) {
  return useQuery({
    queryKey: computed(() => inspectionKeys.list(toValue(input))),
    queryFn: ({ signal }) => api.inspection.inspections.list.query(toValue(input), { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useInspectionQuery(id: MaybeRefOrGetter<string | null>) {
  return useQuery({
    queryKey: computed(() => inspectionKeys.detail(toValue(id))),
    queryFn: ({ signal }) => api.inspection.inspections.get.query({ id: toValue(id)! }, { signal }),
    enabled: computed(() => toValue(id) !== null),
  });
}

export function useStartInspection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: StartInput) => api.inspection.inspections.start.mutate(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: inspectionKeys.all() }),
  });
}

export function useSubmitInspection() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SubmitInput) => api.inspection.inspections.submit.mutate(input),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['inspection'] }),
  });
}

export function usePublishMystery() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api.inspection.inspections.publishMystery.mutate({ id }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['inspection'] }),
  });
}

/** One autosave; plain function because the draft sync queue calls it, not a component. */
export const saveDraft = (input: SaveDraftInput) => api.inspection.inspections.saveDraft.mutate(input);

/** Stores an evidence photo of the hall; sent as multipart (the client sends FormData untouched). */
export async function uploadPhoto(hallId: string, file: File): Promise<PhotoRef> {
  const form = new FormData();
  form.append('hallId', hallId);
  form.append('file', file);
  return api.inspection.inspections.uploadPhoto.mutate(form);
}

/** The city's standards in use, for an inspection outside any plan. */
export function usePublishedStandardsQuery(enabled: MaybeRefOrGetter<boolean>) {
  const input = { kind: 'STANDARD' as const, includeRetired: false };
  return useQuery({
    queryKey: ['inspection', 'templates', 'list', input] as const,
    queryFn: ({ signal }) => api.inspection.templates.list.query(input, { signal }),
    select: (templates) => templates.filter((template) => template.status === 'PUBLISHED'),
    enabled: computed(() => toValue(enabled)),
    staleTime: 5 * 60_000,
  });
}
