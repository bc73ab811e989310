import { api } from '@duda/api-client';
import type { RouterInputs, RouterOutputs } from '@duda/api-client';
import type { PersonOption } from '@duda/ui';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/vue-query';
import { computed, toValue } from 'vue';
import type { MaybeRefOrGetter } from 'vue';

export type PlansInput = RouterInputs['inspection']['plans']['list'];
export type PlanRow = RouterOutputs['inspection']['plans']['list']['items'][number];
export type PlanDetail = RouterOutputs['inspection']['plans']['get'];
export type PlanEntryView = PlanDetail['entries'][number];
export type PlanEntryInput = RouterInputs['inspection']['plans']['saveEntries']['entries'][number];
export type PlanCommand = RouterInputs['inspection']['plans']['transition']['command'];
export type CreatePlanInput = RouterInputs['inspection']['plans']['create'];

// Keys start with the procedure path, so invalidating ['inspection', 'plans'] refreshes lists and details.
export const planKeys = {
  all: () => ['inspection', 'plans'] as const,
  list: (input: PlansInput) => ['inspection', 'plans', 'list', input] as const,
  detail: (id: string | null) => ['inspection', 'plans', 'get', id] as const,
};

export function usePlansQuery(input: MaybeRefOrGetter<PlansInput>) {
  return useQuery({
    queryKey: computed(() => planKeys.list(toValue(input))),
    queryFn: ({ signal }) => api.inspection.plans.list.query(toValue(input), { signal }),
    placeholderData: keepPreviousData,
  });
}

/** A plan with its entries, approval history and what the current user may do with it (`can`). */
export function usePlanQuery(id: MaybeRefOrGetter<string | null>) {
  return useQuery({
    queryKey: computed(() => planKeys.detail(toValue(id))),
    queryFn: ({ signal }) => api.inspection.plans.get.query({ id: toValue(id)! }, { signal }),
    enabled: computed(() => toValue(id) !== null),
  });
}

function usePlanMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    // Tasks change too when a plan is published.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['inspection'] }),
  });
}

export const useCreatePlan = () =>
  usePlanMutation((input: CreatePlanInput) => api.inspection.plans.create.mutate(input));

/** Replaces all the plan's entries: the dialogs edit one entry, the whole list is sent. */
export const useSaveEntries = () =>
  usePlanMutation((input: { id: string; entries: PlanEntryInput[] }) =>
    api.inspection.plans.saveEntries.mutate(input),
  );

export const useTransitionPlan = () =>
  usePlanMutation((input: { id: string; command: PlanCommand }) =>
    api.inspection.plans.transition.mutate(input),
  );

/** The standards in use, by lineage: a plan names the standard, the inspection uses the version published on the day. */
export function useStandardLinesQuery() {
  const input = { kind: 'STANDARD' as const, includeRetired: false };
  return useQuery({
    queryKey: ['inspection', 'templates', 'list', input] as const,
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
    queryKey: computed(() => ['org', 'people', 'byIds', [...toValue(ids)]] as const),
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
