import { useProcedureMutation, useProcedureQuery } from '@duda/api-client';
import type { RouterInputs, RouterOutputs } from '@duda/api-client';
import { toValue, type MaybeRefOrGetter } from 'vue';

export type MarkingExam = RouterOutputs['training']['marking']['exams'][number];
export type QueueInput = RouterInputs['training']['marking']['queue'];
export type QueueItem = RouterOutputs['training']['marking']['queue']['items'][number];

export const useMarkingExams = (onlyPending: MaybeRefOrGetter<boolean>) =>
  useProcedureQuery('training.marking.exams', () => ({ onlyPending: toValue(onlyPending) }));

export function useMarkingQueue(input: MaybeRefOrGetter<QueueInput | null>) {
  return useProcedureQuery('training.marking.queue', () => toValue(input)!, {
    enabled: () => toValue(input) !== null,
    keepPrevious: true,
  });
}

export const useMarkAnswer = () =>
  useProcedureMutation('training.marking.mark', { invalidates: ['training.marking', 'training.attempts'] });

export type ExamQuestion = RouterOutputs['training']['marking']['questions'][number];
export type RegradeResult = RouterOutputs['training']['marking']['regrade'];

export function useExamQuestions(
  examId: MaybeRefOrGetter<string | null>,
  enabled: MaybeRefOrGetter<boolean>,
) {
  return useProcedureQuery('training.marking.questions', () => ({ examId: toValue(examId)! }), {
    enabled: () => toValue(examId) !== null && toValue(enabled),
  });
}

export const useRegrade = () =>
  useProcedureMutation('training.marking.regrade', {
    invalidates: ['training.marking', 'training.attempts'],
  });
