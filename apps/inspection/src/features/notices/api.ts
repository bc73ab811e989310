import { api } from '@duda/api-client';
import type { RouterInputs, RouterOutputs } from '@duda/api-client';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/vue-query';
import { computed, toValue } from 'vue';
import type { MaybeRefOrGetter } from 'vue';

export type NoticeListInput = RouterInputs['inspection']['notices']['list'];
export type NoticeRow = RouterOutputs['inspection']['notices']['list']['items'][number];
export type NoticeRecord = RouterOutputs['inspection']['notices']['get'];
export type MonthlyNotice = NoticeRecord['notice'];
export type NoticePatch = RouterInputs['inspection']['notices']['update']['patch'];
export type ScopeMonth = RouterInputs['inspection']['archive']['status'];

export const noticeKeys = {
  list: (input: NoticeListInput) => ['inspection', 'notices', 'list', input] as const,
  detail: (id: string) => ['inspection', 'notices', 'get', id] as const,
  archiveStatus: (input: ScopeMonth | null) => ['inspection', 'archive', 'status', input] as const,
  archiveList: (scopeOrgId: string | null) => ['inspection', 'archive', 'list', scopeOrgId] as const,
};

export function useNoticesQuery(input: MaybeRefOrGetter<NoticeListInput>) {
  return useQuery({
    queryKey: computed(() => noticeKeys.list(toValue(input))),
    queryFn: ({ signal }) => api.inspection.notices.list.query(toValue(input), { signal }),
    placeholderData: keepPreviousData,
  });
}

export function useNoticeQuery(id: MaybeRefOrGetter<string>) {
  return useQuery({
    queryKey: computed(() => noticeKeys.detail(toValue(id))),
    queryFn: ({ signal }) => api.inspection.notices.get.query({ id: toValue(id) }, { signal }),
  });
}

// Notices and archives change together (an archive needs a published notice): refresh both after any change.
function useNoticeMutation<Input, Output>(call: (input: Input) => Promise<Output>) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSettled: async () => {
      await Promise.all([
        client.invalidateQueries({ queryKey: ['inspection', 'notices'] }),
        client.invalidateQueries({ queryKey: ['inspection', 'archive'] }),
      ]);
    },
  });
}

export const useGenerateNotice = () =>
  useNoticeMutation((input: ScopeMonth) => api.inspection.notices.generate.mutate(input));

export const useUpdateNotice = () =>
  useNoticeMutation((input: { id: string; patch: NoticePatch }) =>
    api.inspection.notices.update.mutate(input),
  );

export const usePublishNotice = () =>
  useNoticeMutation((id: string) => api.inspection.notices.publish.mutate({ id }));

/** The notice as an .xlsx file (name and base64 bytes), built by the service on request. */
export const exportNotice = (id: string) => api.inspection.notices.export.query({ id });

export function useArchiveStatus(input: MaybeRefOrGetter<ScopeMonth | null>) {
  return useQuery({
    queryKey: computed(() => noticeKeys.archiveStatus(toValue(input))),
    queryFn: ({ signal }) => api.inspection.archive.status.query(toValue(input)!, { signal }),
    enabled: computed(() => toValue(input) !== null),
  });
}

export function useArchivedMonths(scopeOrgId: MaybeRefOrGetter<string | null>) {
  return useQuery({
    queryKey: computed(() => noticeKeys.archiveList(toValue(scopeOrgId))),
    queryFn: ({ signal }) =>
      api.inspection.archive.list.query({ scopeOrgId: toValue(scopeOrgId)! }, { signal }),
    enabled: computed(() => toValue(scopeOrgId) !== null),
  });
}

export function useCloseMonth() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (input: ScopeMonth) => api.inspection.archive.close.mutate(input),
    // Archiving freezes the month's orders and inspections too: everything inspection-side may read differently.
    onSettled: () => client.invalidateQueries({ queryKey: ['inspection'] }),
  });
}
