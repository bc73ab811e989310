// What the appeal pages ask of the API (one place, so component tests stand in for it).
import {
  useProcedureMutation,
  useProcedureQuery,
  type RouterInputs,
  type RouterOutputs,
} from '@duda/api-client';
import { toValue, type MaybeRefOrGetter } from 'vue';

export type AppealRow = RouterOutputs['performance']['appeals']['list']['items'][number];
export type AppealDetail = RouterOutputs['performance']['appeals']['get'];
export type AppealsInput = RouterInputs['performance']['appeals']['list'];
export type AppealInterviewInput = RouterInputs['performance']['appeals']['interview']['interview'];

export const useAppeals = (input: MaybeRefOrGetter<AppealsInput>) =>
  useProcedureQuery('performance.appeals.list', input, { keepPrevious: true });
export const useAppeal = (id: MaybeRefOrGetter<string>) =>
  useProcedureQuery('performance.appeals.get', () => ({ id: toValue(id) }));
export const useScorecardAppeals = (scorecardId: MaybeRefOrGetter<string>) =>
  useProcedureQuery('performance.appeals.ofScorecard', () => ({ scorecardId: toValue(scorecardId) }));
/** The city's appeal window (days), for the appellant to know how long they have. */
export const useGradingRules = () =>
  useProcedureQuery('performance.calibration.settings', {}, { staleTime: 5 * 60_000 });

// A decision adds an adjustment: the scorecard and the inbox change with it.
const invalidates = ['performance.appeals', 'performance.scorecards', 'performance.pending'] as const;
export const useFileAppeal = () =>
  useProcedureMutation('performance.appeals.file', { invalidates: [...invalidates] });
export const useRecordInterview = () =>
  useProcedureMutation('performance.appeals.interview', { invalidates: [...invalidates] });
export const useDecideAppeal = () =>
  useProcedureMutation('performance.appeals.decide', { invalidates: [...invalidates] });
