import { useProcedureMutation, useProcedureQuery } from '@duda/api-client';
import type { RouterOutputs } from '@duda/api-client';
import { toValue, type MaybeRefOrGetter } from 'vue';

export type AttemptView = RouterOutputs['training']['attempts']['start'];
export type ExamineeQuestion = AttemptView['questions'][number];
export type AttemptResult = RouterOutputs['training']['attempts']['result'];
export type MyAttempts = RouterOutputs['training']['attempts']['mine'];
export type ExamAttemptRow = RouterOutputs['training']['attempts']['ofExam']['attempts'][number];

const invalidates = ['training.attempts', 'training.exams.mine'] as const;

/** Starts the exam, or resumes the attempt running on this device. */
export const useStartAttempt = () =>
  useProcedureMutation('training.attempts.start', { invalidates: [...invalidates] });
// An autosave changes nothing the page reads back: it refreshes no cached answer.
export const useSaveAnswer = () => useProcedureMutation('training.attempts.save', { invalidates: [] });
export const useSubmitAttempt = () =>
  useProcedureMutation('training.attempts.submit', { invalidates: [...invalidates] });
export const useReportFocusLoss = () =>
  useProcedureMutation('training.attempts.reportFocusLoss', { invalidates: [] });

export function useAttemptResult(attemptId: MaybeRefOrGetter<string>) {
  return useProcedureQuery('training.attempts.result', () => ({ attemptId: toValue(attemptId) }));
}

export const useMyAttempts = () => useProcedureQuery('training.attempts.mine', {});

export function useExamAttempts(examId: MaybeRefOrGetter<string>) {
  return useProcedureQuery('training.attempts.ofExam', () => ({ examId: toValue(examId) }));
}

export const useReleaseDevice = () =>
  useProcedureMutation('training.attempts.releaseDevice', { invalidates: ['training.attempts.ofExam'] });
