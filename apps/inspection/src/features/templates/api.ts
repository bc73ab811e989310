import { api } from '@duda/api-client';
import type { RouterInputs, RouterOutputs } from '@duda/api-client';
import { useMutation, useQuery, useQueryClient } from '@tanstack/vue-query';
import { computed, toValue } from 'vue';
import type { MaybeRefOrGetter } from 'vue';

export type TemplatesInput = NonNullable<RouterInputs['inspection']['templates']['list']>;
export type TemplateRow = RouterOutputs['inspection']['templates']['list'][number];
export type TemplateDetail = RouterOutputs['inspection']['templates']['get'];
export type TemplateContent = RouterInputs['inspection']['templates']['updateDraft']['content'];

// Keys start with the procedure path, so invalidating ['inspection', 'templates'] refreshes lists and details.
export const templateKeys = {
  all: () => ['inspection', 'templates'] as const,
  list: (input: TemplatesInput) => ['inspection', 'templates', 'list', input] as const,
  detail: (id: string | null) => ['inspection', 'templates', 'get', id] as const,
};

/** Every version of the city's standards (drafts only for those who maintain them). */
export function useTemplatesQuery(input: MaybeRefOrGetter<TemplatesInput>) {
  return useQuery({
    queryKey: computed(() => templateKeys.list(toValue(input))),
    queryFn: ({ signal }) => api.inspection.templates.list.query(toValue(input), { signal }),
  });
}

export function useTemplateQuery(id: MaybeRefOrGetter<string | null>) {
  return useQuery({
    queryKey: computed(() => templateKeys.detail(toValue(id))),
    queryFn: ({ signal }) => api.inspection.templates.get.query({ id: toValue(id)! }, { signal }),
    enabled: computed(() => toValue(id) !== null),
  });
}

function useTemplateMutation<Input, Output>(mutationFn: (input: Input) => Promise<Output>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: templateKeys.all() }),
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
