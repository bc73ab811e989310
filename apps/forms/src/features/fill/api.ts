import { useProcedureMutation, useProcedureQuery } from '@duda/api-client';
import type { RouterOutputs } from '@duda/api-client';
import { toValue, type MaybeRefOrGetter } from 'vue';

export type Submission = RouterOutputs['forms']['submissions']['get'];

/** Filling in changes the caller's own list, a form's list and (when it starts one) the approvals. */
const invalidates = ['forms.submissions', 'forms.approvals'] as const;

/** The forms that can be filled in now: templates with a version in use. */
export const useFillableTemplates = () =>
  useProcedureQuery(
    'forms.templates.list',
    { publishedOnly: true, page: 1, pageSize: 100 },
    { staleTime: 60_000 },
  );

export const useSubmission = (id: MaybeRefOrGetter<string | null>) =>
  useProcedureQuery('forms.submissions.get', () => ({ id: toValue(id) ?? '' }), {
    enabled: () => Boolean(toValue(id)),
  });

export const useSaveFormDraft = () =>
  useProcedureMutation('forms.submissions.saveDraft', { invalidates: [...invalidates] });
export const useSubmitForm = () =>
  useProcedureMutation('forms.submissions.submit', { invalidates: [...invalidates] });
