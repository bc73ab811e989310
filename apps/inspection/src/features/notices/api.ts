import { api, useProcedureMutation, useProcedureQuery } from '@duda/api-client';
import type { RouterInputs, RouterOutputs } from '@duda/api-client';
import { toValue } from 'vue';
import type { MaybeRefOrGetter } from 'vue';

export type NoticeListInput = RouterInputs['inspection']['notices']['list'];
export type NoticeRow = RouterOutputs['inspection']['notices']['list']['items'][number];
export type NoticeRecord = RouterOutputs['inspection']['notices']['get'];
export type MonthlyNotice = NoticeRecord['notice'];
export type NoticePatch = RouterInputs['inspection']['notices']['update']['patch'];
export type ScopeMonth = RouterInputs['inspection']['archive']['status'];

export function useNoticesQuery(input: MaybeRefOrGetter<NoticeListInput>) {
  return useProcedureQuery('inspection.notices.list', input, { keepPrevious: true });
}

export function useNoticeQuery(id: MaybeRefOrGetter<string>) {
  return useProcedureQuery('inspection.notices.get', () => ({ id: toValue(id) }));
}

// Notices and archives change together (an archive needs a published notice): refresh both after any change.
const noticeReaders = {
  invalidates: ['inspection.notices', 'inspection.archive'],
  invalidateOnError: true,
} as const;

export const useGenerateNotice = () => useProcedureMutation('inspection.notices.generate', noticeReaders);

export const useUpdateNotice = () => useProcedureMutation('inspection.notices.update', noticeReaders);

export const usePublishNotice = () => useProcedureMutation('inspection.notices.publish', noticeReaders);

/** The notice as an .xlsx file (name and base64 bytes), built by the service on request. */
export const exportNotice = (id: string) => api.inspection.notices.export.query({ id });

export function useArchiveStatus(input: MaybeRefOrGetter<ScopeMonth | null>) {
  return useProcedureQuery('inspection.archive.status', () => toValue(input)!, {
    enabled: () => toValue(input) !== null,
  });
}

export function useArchivedMonths(scopeOrgId: MaybeRefOrGetter<string | null>) {
  return useProcedureQuery('inspection.archive.list', () => ({ scopeOrgId: toValue(scopeOrgId)! }), {
    enabled: () => toValue(scopeOrgId) !== null,
  });
}

// Archiving freezes the month's orders and inspections too: everything inspection-side may read differently.
export const useCloseMonth = () =>
  useProcedureMutation('inspection.archive.close', { invalidates: ['inspection'], invalidateOnError: true });
