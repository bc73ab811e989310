import { api, saveGeneratedFile, useProcedureQuery } from '@duda/api-client';
import type { RouterInputs, RouterOutputs } from '@duda/api-client';
import { toValue, type MaybeRefOrGetter } from 'vue';

type Submissions = RouterOutputs['forms']['submissions'];
export type SubmissionRow = Submissions['list']['items'][number];
export type MySubmissionRow = Submissions['mine']['items'][number];
export type SubmissionListInput = RouterInputs['forms']['submissions']['list'];

export const useMySubmissions = (input: MaybeRefOrGetter<RouterInputs['forms']['submissions']['mine']>) =>
  useProcedureQuery('forms.submissions.mine', input, { keepPrevious: true });
export const useFormSubmissions = (input: MaybeRefOrGetter<SubmissionListInput>) =>
  useProcedureQuery('forms.submissions.list', input, {
    keepPrevious: true,
    enabled: () => Boolean(toValue(input).templateId),
  });
export const useSubmissionDetail = (id: MaybeRefOrGetter<string>) =>
  useProcedureQuery('forms.submissions.get', () => ({ id: toValue(id) }));
/** The templates whose submissions the caller may list: everything they see. */
export const useTemplateChoices = () =>
  useProcedureQuery('forms.templates.list', { page: 1, pageSize: 100 }, { staleTime: 60_000 });

/** Writes one form's filtered submissions to an .xlsx file the browser saves. */
export async function exportSubmissions(input: RouterInputs['forms']['submissions']['export']) {
  saveGeneratedFile(await api.forms.submissions.export.query(input));
}
