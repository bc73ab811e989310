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
