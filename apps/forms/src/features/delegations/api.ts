import { useProcedureMutation, useProcedureQuery } from '@duda/api-client';
import type { RouterOutputs } from '@duda/api-client';

export type Delegation = RouterOutputs['forms']['approvals']['delegations']['list']['items'][number];

/** A delegation changes whose tasks a deputy sees. */
const invalidates = ['forms.approvals', 'forms.pending'] as const;

export const useMyDelegations = () =>
  useProcedureQuery('forms.approvals.delegations.list', { page: 1, pageSize: 50 });
export const useCreateDelegation = () =>
  useProcedureMutation('forms.approvals.delegations.create', { invalidates: [...invalidates] });
export const useEndDelegation = () =>
  useProcedureMutation('forms.approvals.delegations.remove', { invalidates: [...invalidates] });
