// What the scorecard pages ask of the API.
import {
  useProcedureMutation,
  useProcedureQuery,
  type RouterInputs,
  type RouterOutputs,
} from '@duda/api-client';
import { toValue, type MaybeRefOrGetter } from 'vue';

export type ScorecardRow = RouterOutputs['performance']['scorecards']['list']['items'][number];
export type ScorecardsInput = RouterInputs['performance']['scorecards']['list'];

export const useScorecards = (input: MaybeRefOrGetter<ScorecardsInput>) =>
  useProcedureQuery('performance.scorecards.list', input, { keepPrevious: true });
export const useScorecard = (id: MaybeRefOrGetter<string>) =>
  useProcedureQuery('performance.scorecards.get', () => ({ id: toValue(id) }));
/** Whether the card's month is still open; asked only by those who may assess (a clerk reads no month). */
export const useMonthOpen = (month: MaybeRefOrGetter<string | null>, enabled: () => boolean) =>
  useProcedureQuery('performance.months.get', () => ({ month: toValue(month)! }), {
    enabled: () => enabled() && toValue(month) !== null,
  });
const invalidates = ['performance.scorecards', 'performance.months', 'performance.pending'] as const;
export const useSelfAssess = () =>
  useProcedureMutation('performance.scorecards.selfAssess', { invalidates: [...invalidates] });
export const useAssess = () =>
  useProcedureMutation('performance.scorecards.assess', { invalidates: [...invalidates] });
export const useAdjust = () =>
  useProcedureMutation('performance.scorecards.adjust', { invalidates: [...invalidates] });
export const useOrgTree = () =>
  useProcedureQuery('org.tree', { includeInactive: false }, { staleTime: 5 * 60_000 });
