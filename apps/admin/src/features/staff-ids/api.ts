import { api, useProcedureMutation, useProcedureQuery } from '@duda/api-client';
import type { RouterInputs, RouterOutputs } from '@duda/api-client';
import type { MaybeRefOrGetter } from 'vue';

export type StaffIdsInput = RouterInputs['org']['staffIds']['list'];
export type StaffIdRow = RouterOutputs['org']['staffIds']['list']['items'][number];
export type NewStaffId = RouterInputs['org']['staffIds']['issue'];

/** One page of the administrator's staff IDs; the previous page stays on screen while the next loads. */
export const useStaffIdsQuery = (input: MaybeRefOrGetter<StaffIdsInput>) =>
  useProcedureQuery('org.staffIds.list', input, { keepPrevious: true });

// A change shows in the list and in the audit log.
const readers = { invalidates: ['org.staffIds', 'org.admin.audit'], invalidateOnError: true } as const;

export const useIssueStaffId = () => useProcedureMutation('org.staffIds.issue', readers);
export const useSuspendStaffId = () => useProcedureMutation('org.staffIds.suspend', readers);
export const useRestoreStaffId = () => useProcedureMutation('org.staffIds.restore', readers);
export const useRevokeStaffId = () => useProcedureMutation('org.staffIds.revoke', readers);

/** For the holder picker: a few people of the admin's scope by name or 工号. */
export const searchPeople = (q: string) => api.org.people.search.query({ q, limit: 20 });
