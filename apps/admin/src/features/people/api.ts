import { api, useProcedureMutation, useProcedureQuery } from '@duda/api-client';
import type { RouterInputs, RouterOutputs } from '@duda/api-client';
import { toValue } from 'vue';
import type { MaybeRefOrGetter } from 'vue';

export type PeopleListInput = RouterInputs['org']['people']['list'];
export type PersonRow = RouterOutputs['org']['people']['list']['items'][number];
export type PersonDetail = RouterOutputs['org']['people']['get'];
export type NewPerson = RouterInputs['org']['admin']['createPerson'];
export type PersonChanges = RouterInputs['org']['admin']['updatePerson'];

/** One page of staff; the previous page stays on screen while the next loads. */
export const usePeopleQuery = (input: MaybeRefOrGetter<PeopleListInput>) =>
  useProcedureQuery('org.people.list', input, { keepPrevious: true });

export const usePersonQuery = (id: MaybeRefOrGetter<string | null>) =>
  useProcedureQuery('org.people.get', () => ({ id: toValue(id)! }), { enabled: () => toValue(id) !== null });

// An admin change shows in the list, the drawer, the org tree's counts and the audit log.
const adminReaders = { invalidates: ['org.people', 'org.admin.audit'], invalidateOnError: true } as const;

export const useCreatePerson = () => useProcedureMutation('org.admin.createPerson', adminReaders);
export const useUpdatePerson = () => useProcedureMutation('org.admin.updatePerson', adminReaders);
export const useSetPersonStatus = () => useProcedureMutation('org.admin.setPersonStatus', adminReaders);
export const useResetPassword = () => useProcedureMutation('org.admin.resetPassword', adminReaders);
export const useAssignRole = () => useProcedureMutation('org.admin.assignRole', adminReaders);
export const useRevokeRole = () => useProcedureMutation('org.admin.revokeRole', adminReaders);

export type PersonSession = RouterOutputs['org']['admin']['sessions'][number];
export const usePersonSessionsQuery = (personId: MaybeRefOrGetter<string | null>) =>
  useProcedureQuery('org.admin.sessions', () => ({ personId: toValue(personId)! }), {
    enabled: () => toValue(personId) !== null,
  });
export const useRevokeSessions = () =>
  useProcedureMutation('org.admin.revokeSessions', {
    invalidates: ['org.admin.sessions', 'org.admin.audit'],
    invalidateOnError: true,
  });

export const useImportPeople = () => useProcedureMutation('org.admin.importPeople', adminReaders);
export const downloadPeopleTemplate = () => api.org.admin.peopleTemplate.query();
