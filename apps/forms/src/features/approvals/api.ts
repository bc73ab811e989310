import { useProcedureMutation, useProcedureQuery } from '@duda/api-client';
import type { RouterInputs, RouterOutputs } from '@duda/api-client';
import { toValue, type MaybeRefOrGetter } from 'vue';

type Approvals = RouterOutputs['forms']['approvals'];
export type Approval = Approvals['get'];
export type PendingApproval = Approvals['pending']['items'][number];
export type ActInput = RouterInputs['forms']['approvals']['act'];
export type CcInput = RouterInputs['forms']['approvals']['cc'];
/** A person named on an approval (转交, 加签, 抄送), as the service takes them. */
export type PersonRef = CcInput['people'][number];
export type NamingPurpose = RouterInputs['forms']['approvals']['nameable']['purpose'];
/** How a dialog sends its action: the panel hands it the procedure's mutation. */
export type Send<Input> = (input: Input) => Promise<unknown>;

/** A decision changes the approval, the submission or policy version it is about, and everyone's to-dos. */
const invalidates = ['forms.approvals', 'forms.submissions', 'forms.policies', 'forms.pending'] as const;

export const useApproval = (id: MaybeRefOrGetter<string | null>) =>
  useProcedureQuery('forms.approvals.get', () => ({ instanceId: toValue(id) ?? '' }), {
    enabled: () => Boolean(toValue(id)),
  });
export const useApprovalHistory = (id: MaybeRefOrGetter<string | null>) =>
  useProcedureQuery('forms.approvals.history', () => ({ instanceId: toValue(id) ?? '' }), {
    enabled: () => Boolean(toValue(id)),
  });
export const usePendingApprovals = (input: MaybeRefOrGetter<RouterInputs['forms']['approvals']['pending']>) =>
  useProcedureQuery('forms.approvals.pending', input, { keepPrevious: true });

export const useAct = () => useProcedureMutation('forms.approvals.act', { invalidates: [...invalidates] });
export const useWithdraw = () =>
  useProcedureMutation('forms.approvals.withdraw', { invalidates: [...invalidates] });
export const useCc = () => useProcedureMutation('forms.approvals.cc', { invalidates: [...invalidates] });
export const useRemind = () =>
  useProcedureMutation('forms.approvals.remind', { invalidates: [...invalidates] });

/** The page an approval opens on (the service's `pending.mine` links the same way). */
export const routeOfApproval = (approval: { instanceId: string; subjectType: string; subjectId: string }) =>
  approval.subjectType === 'submission'
    ? {
        name: 'forms.submissions.detail',
        params: { id: approval.subjectId },
        query: { approval: approval.instanceId },
      }
    : { name: 'forms.approvals.detail', params: { id: approval.instanceId } };
