import { useProcedureMutation, useProcedureQuery } from '@duda/api-client';
import type { RouterInputs, RouterOutputs } from '@duda/api-client';
import { toValue, type MaybeRefOrGetter } from 'vue';

export type ExamsInput = RouterInputs['training']['exams']['list'];
export type ExamRow = RouterOutputs['training']['exams']['list']['items'][number];
export type ExamDetail = RouterOutputs['training']['exams']['get'];
export type ExamSettingsInput = RouterInputs['training']['exams']['create'];
export type CandidatesInput = RouterInputs['training']['exams']['candidates'];
export type CandidateRow = RouterOutputs['training']['exams']['candidates']['items'][number];
export type MyExam = RouterOutputs['training']['exams']['mine'][number];

export function useExamsQuery(input: MaybeRefOrGetter<ExamsInput>) {
  return useProcedureQuery('training.exams.list', input, { keepPrevious: true });
}

export function useExamQuery(id: MaybeRefOrGetter<string | null>) {
  return useProcedureQuery('training.exams.get', () => ({ id: toValue(id)! }), {
    enabled: () => toValue(id) !== null,
  });
}

export function useCandidatesQuery(input: MaybeRefOrGetter<CandidatesInput>) {
  return useProcedureQuery('training.exams.candidates', input, { keepPrevious: true });
}

export const useMyExamsQuery = () => useProcedureQuery('training.exams.mine', undefined);

/** Published papers an exam may use. */
export const usePublishedPapers = () =>
  useProcedureQuery('training.papers.list', { status: 'PUBLISHED', pageSize: 200 }, { staleTime: 60_000 });

export const useOrgTree = () =>
  useProcedureQuery('org.tree', { includeInactive: false }, { staleTime: 5 * 60_000 });

const invalidates = ['training.exams'] as const;
export const useCreateExam = () =>
  useProcedureMutation('training.exams.create', { invalidates: [...invalidates] });
export const useUpdateExam = () =>
  useProcedureMutation('training.exams.update', { invalidates: [...invalidates] });
// A published paper gets an exam: the papers list shows how many use it.
export const usePublishExam = () =>
  useProcedureMutation('training.exams.publish', { invalidates: [...invalidates, 'training.papers'] });
export const useCancelExam = () =>
  useProcedureMutation('training.exams.cancel', { invalidates: [...invalidates] });
