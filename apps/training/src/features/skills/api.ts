import { useProcedureMutation, useProcedureQuery } from '@duda/api-client';
import type { RouterInputs, RouterOutputs } from '@duda/api-client';
import { toValue, type MaybeRefOrGetter } from 'vue';

type Skills = RouterOutputs['training']['skills'];
export type OralRow = Skills['oralList']['items'][number];
export type Coverage = Skills['oralCoverage'];
export type HandlingRow = Skills['handlingList']['items'][number];
export type HandlingReport = Skills['handlingReport'];
export type TypingResult = Skills['typingSubmit'];
export type MySkills = Skills['mine'];
export type OralListInput = RouterInputs['training']['skills']['oralList'];
export type HandlingListInput = RouterInputs['training']['skills']['handlingList'];

/** The caller's visible org tree (halls to pick), shared with the other training pages' cache. */
export const useOrgTree = () =>
  useProcedureQuery('org.tree', { includeInactive: false }, { staleTime: 5 * 60_000 });

export const useOralList = (input: MaybeRefOrGetter<OralListInput>) =>
  useProcedureQuery('training.skills.oralList', input, { keepPrevious: true });

export function useOralCoverage(hallId: MaybeRefOrGetter<string | null>, week: MaybeRefOrGetter<string>) {
  return useProcedureQuery(
    'training.skills.oralCoverage',
    () => ({ hallId: toValue(hallId)!, week: toValue(week) }),
    { enabled: () => toValue(hallId) !== null, keepPrevious: true },
  );
}

export const useHandlingList = (input: MaybeRefOrGetter<HandlingListInput>) =>
  useProcedureQuery('training.skills.handlingList', input, { keepPrevious: true });

export function useHandlingReport(hallId: MaybeRefOrGetter<string | null>, month: MaybeRefOrGetter<string>) {
  return useProcedureQuery(
    'training.skills.handlingReport',
    () => ({ hallId: toValue(hallId)!, month: toValue(month) }),
    { enabled: () => toValue(hallId) !== null },
  );
}

export const useMySkills = (month: MaybeRefOrGetter<string>) =>
  useProcedureQuery('training.skills.mine', () => ({ month: toValue(month) }));

const invalidates = ['training.skills'] as const;
export const useRecordOral = () =>
  useProcedureMutation('training.skills.oralRecord', { invalidates: [...invalidates] });
export const useUpdateOral = () =>
  useProcedureMutation('training.skills.oralUpdate', { invalidates: [...invalidates] });
export const useDeleteOral = () =>
  useProcedureMutation('training.skills.oralDelete', { invalidates: [...invalidates] });
export const useRecordHandling = () =>
  useProcedureMutation('training.skills.handlingRecord', { invalidates: [...invalidates] });
export const useSubmitTyping = () =>
  useProcedureMutation('training.skills.typingSubmit', { invalidates: [...invalidates] });

export type OralBankQuestion = Skills['oralQuestions']['items'][number];
export type OralQuestionsInput = RouterInputs['training']['skills']['oralQuestions'];

/** Bank questions to ask in an oral exam, looked up only while the picker is open. */
export const useOralQuestions = (
  input: MaybeRefOrGetter<OralQuestionsInput>,
  enabled: MaybeRefOrGetter<boolean>,
) =>
  useProcedureQuery('training.skills.oralQuestions', input, {
    enabled: () => toValue(enabled),
    keepPrevious: true,
  });
