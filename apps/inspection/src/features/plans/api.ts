import { api, queryKeyOf, useProcedureMutation, useProcedureQuery } from '@duda/api-client';
import type { RouterInputs, RouterOutputs } from '@duda/api-client';
import type { PersonOption } from '@duda/ui';
import { useQuery } from '@tanstack/vue-query';
import { computed, toValue } from 'vue';
import type { MaybeRefOrGetter } from 'vue';

export type PlansInput = RouterInputs['inspection']['plans']['list'];
export type PlanRow = RouterOutputs['inspection']['plans']['list']['items'][number];
export type PlanDetail = RouterOutputs['inspection']['plans']['get'];
export type PlanEntryView = PlanDetail['entries'][number];
export type PlanEntryInput = RouterInputs['inspection']['plans']['saveEntries']['entries'][number];
export type PlanCommand = RouterInputs['inspection']['plans']['transition']['command'];
export type CreatePlanInput = RouterInputs['inspection']['plans']['create'];

export function usePlansQuery(input: MaybeRefOrGetter<PlansInput>) {
  return useProcedureQuery('inspection.plans.list', input, { keepPrevious: true });
}

/** A plan with its entries, approval history and what the current user may do with it (`can`). */
export function usePlanQuery(id: MaybeRefOrGetter<string | null>) {
  return useProcedureQuery('inspection.plans.get', () => ({ id: toValue(id)! }), {
    enabled: () => toValue(id) !== null,
  });
}

export const useCreatePlan = () =>
  useProcedureMutation('inspection.plans.create', { invalidates: ['inspection.plans'] });

/** Replaces all the plan's entries: the dialogs edit one entry, the whole list is sent. */
export const useSaveEntries = () =>
  useProcedureMutation('inspection.plans.saveEntries', { invalidates: ['inspection.plans'] });

// Publishing gives inspectors their tasks and the dashboard its planned visits.
export const useTransitionPlan = () =>
  useProcedureMutation('inspection.plans.transition', {
    invalidates: ['inspection.plans', 'inspection.inspections.tasks', 'inspection.dashboard'],
  });

/** The standards in use, by lineage: a plan names the standard, the inspection uses the version published on the day. */
export function useStandardLinesQuery() {
  const input = { kind: 'STANDARD' as const, includeRetired: false };
  return useQuery({
    queryKey: queryKeyOf('inspection.templates.list', input),
    queryFn: ({ signal }) => api.inspection.templates.list.query(input, { signal }),
    select: (templates) =>
      templates
        .filter((template) => template.status === 'PUBLISHED')
        .map((template) => ({ lineId: template.lineId, name: template.name, version: template.version })),
    staleTime: 5 * 60_000,
  });
}

/** Inspectors to pick from: people within the user's scope, by name or staff number. */
export async function searchInspectors(query: string): Promise<PersonOption[]> {
  const people = await api.org.people.search.query({ q: query, limit: 20 });
  return people.map((person) => ({
    id: person.id,
    name: person.name,
    staffNo: person.staffNo,
    orgName: person.orgName,
  }));
}

/** The people already chosen on an entry, as the person picker shows them (姓名（工号）). */
export function usePeopleQuery(ids: MaybeRefOrGetter<readonly string[]>) {
  return useQuery({
    queryKey: computed(() => queryKeyOf('org.people.byIds', { ids: [...toValue(ids)] })),
    queryFn: async ({ signal }): Promise<PersonOption[]> => {
      const people = await api.org.people.byIds.query({ ids: [...toValue(ids)] }, { signal });
      return people.map((person) => ({
        id: person.id,
        name: person.name,
        staffNo: person.staffNo,
        orgName: person.orgName,
      }));
    },
    enabled: computed(() => toValue(ids).length > 0),
    staleTime: 5 * 60_000,
  });
}
