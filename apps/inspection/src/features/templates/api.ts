import { api, queryKeyOf, useProcedureQuery } from '@duda/api-client';
import type { RouterInputs, RouterOutputs } from '@duda/api-client';
import { useMutation, useQueryClient } from '@tanstack/vue-query';
import { toValue } from 'vue';
import type { MaybeRefOrGetter } from 'vue';

export type TemplatesInput = NonNullable<RouterInputs['inspection']['templates']['list']>;
export type TemplateRow = RouterOutputs['inspection']['templates']['list'][number];
export type TemplateDetail = RouterOutputs['inspection']['templates']['get'];
export type TemplateContent = RouterInputs['inspection']['templates']['updateDraft']['content'];

/** Every version of the city's standards (drafts only for those who maintain them). */
export function useTemplatesQuery(input: MaybeRefOrGetter<TemplatesInput>) {
  return useProcedureQuery('inspection.templates.list', input);
}

export function useTemplateQuery(id: MaybeRefOrGetter<string | null>) {
  return useProcedureQuery('inspection.templates.get', () => ({ id: toValue(id)! }), {
    enabled: () => toValue(id) !== null,
  });
}

// Every standards query (lists, details, the lines plans and inspections pick from) may read differently.
function useTemplateMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeyOf('inspection.templates') }),
  });
}

/** A new DRAFT version copied from an existing one. */
export const useCreateDraft = () =>
  useTemplateMutation((fromId: string) => api.inspection.templates.createDraft.mutate({ fromId }));

export const useUpdateDraft = () =>
  useTemplateMutation((input: { id: string; content: TemplateContent }) =>
    api.inspection.templates.updateDraft.mutate(input),
  );

/** Puts the draft in use; the version in use until now is retired. */
export const usePublishTemplate = () =>
  useTemplateMutation((id: string) => api.inspection.templates.publish.mutate({ id }));
