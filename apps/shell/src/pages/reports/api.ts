// The hall monthly report through the API (portal.reports.*), as Vue Query hooks.
import { useProcedureMutation, useProcedureQuery } from '@duda/api-client';
import type { RouterOutputs } from '@duda/api-client';
import { toValue, type MaybeRefOrGetter } from 'vue';

export type HallReport = RouterOutputs['portal']['reports']['get'];
export type MyHallReports = RouterOutputs['portal']['reports']['mine'];

export const useMyReports = (month: MaybeRefOrGetter<string>) =>
  useProcedureQuery('portal.reports.mine', () => ({ month: toValue(month) }), { staleTime: 0 });

export const useSubmittedReports = (month: MaybeRefOrGetter<string>, enabled: MaybeRefOrGetter<boolean>) =>
  useProcedureQuery('portal.reports.list', () => ({ month: toValue(month) }), {
    enabled: () => toValue(enabled),
  });

export const useReport = (key: MaybeRefOrGetter<{ hallId: string; month: string } | null>) =>
  useProcedureQuery('portal.reports.get', () => toValue(key) ?? { hallId: '', month: '' }, {
    enabled: () => toValue(key) !== null,
  });

// A submitted report leaves the inbox.
const invalidates = ['portal.reports', 'portal.inbox'] as const;
export const usePrefill = () =>
  useProcedureMutation('portal.reports.prefill', { invalidates: [...invalidates] });
export const useSaveReport = () =>
  useProcedureMutation('portal.reports.save', { invalidates: [...invalidates] });
export const useSubmitReport = () =>
  useProcedureMutation('portal.reports.submit', { invalidates: [...invalidates] });
