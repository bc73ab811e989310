import { useProcedureMutation, useProcedureQuery } from '@duda/api-client';
import type { RouterInputs, RouterOutputs } from '@duda/api-client';
import { toValue, type MaybeRefOrGetter } from 'vue';

export type PapersInput = RouterInputs['training']['papers']['list'];
export type PaperRow = RouterOutputs['training']['papers']['list']['items'][number];
export type PaperDetail = RouterOutputs['training']['papers']['get'];
export type PaperPreview = RouterOutputs['training']['papers']['preview'];
export type PaperCheck = RouterOutputs['training']['papers']['check'];
export type BankQuestionRow = RouterOutputs['training']['bank']['questions']['list']['items'][number];
export type KnowledgeNode = RouterOutputs['training']['bank']['knowledgePoints']['tree'][number];

export function usePapersQuery(input: MaybeRefOrGetter<PapersInput>) {
  return useProcedureQuery('training.papers.list', input, { keepPrevious: true });
}

export function usePaperQuery(id: MaybeRefOrGetter<string | null>) {
  return useProcedureQuery('training.papers.get', () => ({ id: toValue(id)! }), {
    enabled: () => toValue(id) !== null,
  });
}

/** The bank's verdict on rules not saved yet (each shortfall worded), and their total. */
export function usePaperCheck(
  rules: MaybeRefOrGetter<RouterInputs['training']['papers']['check']['rules'] | null>,
) {
  return useProcedureQuery('training.papers.check', () => ({ rules: toValue(rules) ?? [] }), {
    enabled: () => (toValue(rules)?.length ?? 0) > 0,
    keepPrevious: true,
  });
}

export function usePaperPreview(id: MaybeRefOrGetter<string | null>, seed: MaybeRefOrGetter<string>) {
  return useProcedureQuery('training.papers.preview', () => ({ id: toValue(id)!, seed: toValue(seed) }), {
    enabled: () => toValue(id) !== null,
  });
}

export function useKnowledgeTree() {
  return useProcedureQuery('training.bank.knowledgePoints.tree', undefined);
}

export function useBankQuestions(
  input: MaybeRefOrGetter<RouterInputs['training']['bank']['questions']['list']>,
) {
  return useProcedureQuery('training.bank.questions.list', input, { keepPrevious: true });
}

const invalidates = ['training.papers'] as const;
export const useCreatePaper = () =>
  useProcedureMutation('training.papers.create', { invalidates: [...invalidates] });
export const useUpdatePaper = () =>
  useProcedureMutation('training.papers.update', { invalidates: [...invalidates] });
export const usePublishPaper = () =>
  useProcedureMutation('training.papers.publish', { invalidates: [...invalidates] });
export const useRetirePaper = () =>
  useProcedureMutation('training.papers.retire', { invalidates: [...invalidates] });
export const useCopyPaper = () =>
  useProcedureMutation('training.papers.copy', { invalidates: [...invalidates] });
