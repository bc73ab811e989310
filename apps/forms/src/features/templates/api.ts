import { useProcedureMutation, useProcedureQuery } from '@duda/api-client';
import type { RouterInputs, RouterOutputs } from '@duda/api-client';
import { toValue, type MaybeRefOrGetter } from 'vue';

type Templates = RouterOutputs['forms']['templates'];
export type TemplateRow = Templates['list']['items'][number];
export type TemplateVersion = Templates['version'];
export type TemplateListInput = RouterInputs['forms']['templates']['list'];

/** Every template mutation changes what the template pages read (and what can be filled in). */
const invalidates = ['forms.templates'] as const;

export const useTemplatesQuery = (input: MaybeRefOrGetter<TemplateListInput>) =>
  useProcedureQuery('forms.templates.list', input, { keepPrevious: true });
export const useTemplate = (id: MaybeRefOrGetter<string>) =>
  useProcedureQuery('forms.templates.get', () => ({ id: toValue(id) }));
export const useTemplateVersion = (versionId: MaybeRefOrGetter<string | null>) =>
  useProcedureQuery('forms.templates.version', () => ({ versionId: toValue(versionId) ?? '' }), {
    enabled: () => Boolean(toValue(versionId)),
    staleTime: Infinity,
  });

export const useSaveDraft = () =>
  useProcedureMutation('forms.templates.saveDraft', { invalidates: [...invalidates] });
export const usePublish = () =>
  useProcedureMutation('forms.templates.publish', { invalidates: [...invalidates] });
export const useRetire = () =>
  useProcedureMutation('forms.templates.retire', { invalidates: [...invalidates] });
export const useCopy = () => useProcedureMutation('forms.templates.copy', { invalidates: [...invalidates] });
