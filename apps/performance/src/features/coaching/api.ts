// What the coaching pages ask of the API (one place, so component tests stand in for it).
import {
  useProcedureMutation,
  useProcedureQuery,
  type RouterInputs,
  type RouterOutputs,
} from '@duda/api-client';
import { computed, toValue, type MaybeRefOrGetter } from 'vue';

export type CoachingBoard = RouterOutputs['performance']['coaching']['board'];
export type LowPerformer = CoachingBoard['lowPerformers'][number];
export type Improver = CoachingBoard['improvers'][number];
export type PlanRow = RouterOutputs['performance']['coaching']['listPlans']['items'][number];
export type PlanDetail = RouterOutputs['performance']['coaching']['getPlan'];
export type PlansInput = RouterInputs['performance']['coaching']['listPlans'];
export type NewPlan = RouterInputs['performance']['coaching']['createPlan'];
export type Thresholds = RouterInputs['performance']['coaching']['saveSettings'];
export type ThresholdsPreview = RouterOutputs['performance']['coaching']['previewSettings'];

export const useCoachingBoard = (month: MaybeRefOrGetter<string>) =>
  useProcedureQuery('performance.coaching.board', () => ({ month: toValue(month) }), { keepPrevious: true });
export const usePlans = (input: MaybeRefOrGetter<PlansInput>) =>
  useProcedureQuery('performance.coaching.listPlans', input, { keepPrevious: true });
export const usePlan = (id: MaybeRefOrGetter<string>) =>
  useProcedureQuery('performance.coaching.getPlan', () => ({ id: toValue(id) }));

export const useThresholds = () => useProcedureQuery('performance.coaching.settings', {});
/** Asked only of a caller who coaches (the server counts the halls they coach), with thresholds both set. */
export const useThresholdsPreview = (
  thresholds: MaybeRefOrGetter<Thresholds | null>,
  enabled: MaybeRefOrGetter<boolean>,
) =>
  useProcedureQuery(
    'performance.coaching.previewSettings',
    () => toValue(thresholds) ?? { lowScore: 0, improveBy: 0.5 },
    { keepPrevious: true, enabled: () => toValue(enabled) && toValue(thresholds) !== null },
  );
/** The thresholds select the board's lists. */
export const useSaveThresholds = () =>
  useProcedureMutation('performance.coaching.saveSettings', { invalidates: ['performance.coaching'] });

// A plan's follow-ups are the coach's to-dos: the inbox changes with them.
const invalidates = ['performance.coaching', 'performance.pending'] as const;
export const useCreatePlan = () =>
  useProcedureMutation('performance.coaching.createPlan', { invalidates: [...invalidates] });
export const useRecordFollowUp = () =>
  useProcedureMutation('performance.coaching.followUp', { invalidates: [...invalidates] });
export const useClosePlan = () =>
  useProcedureMutation('performance.coaching.closePlan', { invalidates: [...invalidates] });
export const useRecognise = () =>
  useProcedureMutation('performance.coaching.recognise', { invalidates: [...invalidates] });

/** The board's low performers as the list-page kit reads a list answered whole. */
export const lowPerformersOf = (board: ReturnType<typeof useCoachingBoard>) => ({
  data: computed(() => board.data.value?.lowPerformers),
  error: board.error,
  isPending: board.isPending,
  isFetching: board.isFetching,
  isError: board.isError,
  refetch: () => board.refetch(),
});
