// What the rater's pages ask of the API (one place, so component tests stand in for it).
import { useProcedureMutation, useProcedureQuery, type RouterOutputs } from '@duda/api-client';

export type FormView = RouterOutputs['performance']['reviews']['forms']['get'];

export const useForm = (id: () => string) =>
  useProcedureQuery('performance.reviews.forms.get', () => ({ id: id() }));
export const useSaveForm = () =>
  useProcedureMutation('performance.reviews.forms.save', { invalidates: ['performance.reviews.forms.mine'] });
export const useSubmitForm = () =>
  useProcedureMutation('performance.reviews.forms.submit', {
    invalidates: ['performance.reviews.forms', 'performance.pending'],
  });
