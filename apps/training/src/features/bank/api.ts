import { api, useProcedureMutation, useProcedureQuery } from '@duda/api-client';
import type { RouterInputs, RouterOutputs } from '@duda/api-client';
import type { ImportMode, ImportReport } from '@duda/contract-kit';
import { toValue } from 'vue';
import type { MaybeRefOrGetter } from 'vue';

export type BankListInput = RouterInputs['training']['bank']['questions']['list'];
export type BankExportInput = RouterInputs['training']['bank']['questions']['export'];
export type QuestionRow = RouterOutputs['training']['bank']['questions']['list']['items'][number];
export type QuestionDetail = RouterOutputs['training']['bank']['questions']['get'];
export type QuestionVersion = RouterOutputs['training']['bank']['questions']['versions'][number];
export type KnowledgeNode = RouterOutputs['training']['bank']['knowledgePoints']['tree'][number];

/** One page of the bank; the previous page stays on screen while the next loads. */
export const useQuestionsQuery = (input: MaybeRefOrGetter<BankListInput>) =>
  useProcedureQuery('training.bank.questions.list', input, { keepPrevious: true });

export const useQuestionQuery = (id: MaybeRefOrGetter<string | null>) =>
  useProcedureQuery('training.bank.questions.get', () => ({ id: toValue(id)! }), {
    enabled: () => toValue(id) !== null,
  });

export const useVersionsQuery = (id: MaybeRefOrGetter<string | null>) =>
  useProcedureQuery('training.bank.questions.versions', () => ({ id: toValue(id)! }), {
    enabled: () => toValue(id) !== null,
  });

export const useKnowledgeTreeQuery = () => useProcedureQuery('training.bank.knowledgePoints.tree', undefined);

// A question's change shows in the list, its drawer, the tree's counts and what papers can draw.
const bankReaders = { invalidates: ['training.bank', 'training.papers'], invalidateOnError: true } as const;

export const useCreateQuestion = () => useProcedureMutation('training.bank.questions.create', bankReaders);
export const useUpdateQuestion = () => useProcedureMutation('training.bank.questions.update', bankReaders);
export const useRetireQuestion = () => useProcedureMutation('training.bank.questions.retire', bankReaders);
export const useRestoreQuestion = () => useProcedureMutation('training.bank.questions.restore', bankReaders);

export const useCreatePoint = () => useProcedureMutation('training.bank.knowledgePoints.create', bankReaders);
export const useRenamePoint = () => useProcedureMutation('training.bank.knowledgePoints.rename', bankReaders);
export const useMovePoint = () => useProcedureMutation('training.bank.knowledgePoints.move', bankReaders);
export const useDeletePoint = () => useProcedureMutation('training.bank.knowledgePoints.delete', bankReaders);

/** The spreadsheet through the gateway (multipart): CHECK reports, KEEP_VALID / ALL_OR_NOTHING write. */
export function importQuestions(file: File, mode: ImportMode): Promise<ImportReport> {
  const form = new FormData();
  form.append('file', file);
  form.append('mode', mode);
  return api.training.bank.questions.import.mutate(form);
}

export const downloadTemplate = () => api.training.bank.questions.template.query();
export const exportQuestions = (filter: BankExportInput) => api.training.bank.questions.export.query(filter);
