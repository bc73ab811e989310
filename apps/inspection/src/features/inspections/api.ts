import { api, queryKeyOf, useProcedureMutation, useProcedureQuery } from '@duda/api-client';
import type { RouterInputs, RouterOutputs } from '@duda/api-client';
import { useQuery } from '@tanstack/vue-query';
import { computed, toValue } from 'vue';
import type { MaybeRefOrGetter } from 'vue';
import { withGrant } from '../../api/citedGrant.ts';
import type { PhotoRef } from './perform/inspectionForm.ts';

export type InspectionsInput = RouterInputs['inspection']['inspections']['list'];
export type InspectionRow = RouterOutputs['inspection']['inspections']['list']['items'][number];
export type InspectionDetail = RouterOutputs['inspection']['inspections']['get'];
export type MyTasks = RouterOutputs['inspection']['inspections']['tasks'];
export type PlannedTask = MyTasks['assigned'][number];
export type StartInput = RouterInputs['inspection']['inspections']['start'];
export type SaveDraftInput = RouterInputs['inspection']['inspections']['saveDraft'];
export type SubmitInput = RouterInputs['inspection']['inspections']['submit'];

/** What the user should do next: planned visits, checklists issued to their hall, today's daily checks. */
export function useTasksQuery() {
  return useProcedureQuery('inspection.inspections.tasks', undefined);
}

export function useInspectionsQuery(input: MaybeRefOrGetter<InspectionsInput>) {
  return useProcedureQuery('inspection.inspections.list', input, { keepPrevious: true });
}

/** `grant`: what another area's page handed the reader to open this one record (their own evidence). */
export function useInspectionQuery(
  id: MaybeRefOrGetter<string | null>,
  grant: MaybeRefOrGetter<string | null> = null,
) {
  return useProcedureQuery('inspection.inspections.get', () => withGrant(toValue(id)!, toValue(grant)), {
    enabled: () => toValue(id) !== null,
  });
}

/** A started draft shows in the list and the tasks. */
export const useStartInspection = () =>
  useProcedureMutation('inspection.inspections.start', { invalidates: ['inspection.inspections'] });

// A submitted (or published mystery) result issues rectification orders and feeds the scores, the defect
// library and the month's archive check.
const resultReaders = [
  'inspection.inspections',
  'inspection.rectifications',
  'inspection.dashboard',
  'inspection.defects',
  'inspection.archive',
] as const;

export const useSubmitInspection = () =>
  useProcedureMutation('inspection.inspections.submit', { invalidates: resultReaders });

export const usePublishMystery = () =>
  useProcedureMutation('inspection.inspections.publishMystery', { invalidates: resultReaders });

/** One autosave; plain function because the draft sync queue calls it, not a component. */
export const saveDraft = (input: SaveDraftInput) => api.inspection.inspections.saveDraft.mutate(input);
/** 其余全部合格: saves the draft with its unjudged items passed; the service records who did it. */
export const markRestPassed = (input: SaveDraftInput) =>
  api.inspection.inspections.markRestPassed.mutate(input);

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
    queryKey: queryKeyOf('inspection.templates.list', input),
    queryFn: ({ signal }) => api.inspection.templates.list.query(input, { signal }),
    select: (templates) => templates.filter((template) => template.status === 'PUBLISHED'),
    enabled: computed(() => toValue(enabled)),
    staleTime: 5 * 60_000,
  });
}
