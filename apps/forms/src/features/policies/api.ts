import { useProcedureMutation, useProcedureQuery } from '@duda/api-client';
import type { RouterInputs, RouterOutputs } from '@duda/api-client';
import { toValue, type MaybeRefOrGetter } from 'vue';

type Policies = RouterOutputs['forms']['policies'];
export type PolicyRow = Policies['list']['items'][number];
export type PolicyDetail = Policies['get'];
export type PolicyVersion = PolicyDetail['versions'][number];
export type PolicyListInput = RouterInputs['forms']['policies']['list'];
export type PolicyContent = RouterInputs['forms']['policies']['create'];

/** A change moves the policy, the list and everyone's to-dos (opinions to give, required reading). */
const invalidates = ['forms.policies', 'forms.pending'] as const;

export const usePolicies = (input: MaybeRefOrGetter<PolicyListInput>) =>
  useProcedureQuery('forms.policies.list', input, { keepPrevious: true });
export const usePolicy = (id: MaybeRefOrGetter<string | null>) =>
  useProcedureQuery('forms.policies.get', () => ({ id: toValue(id) ?? '' }), {
    enabled: () => Boolean(toValue(id)),
  });

export const usePolicyActions = () => ({
  create: useProcedureMutation('forms.policies.create', { invalidates: [...invalidates] }),
  saveDraft: useProcedureMutation('forms.policies.saveDraft', { invalidates: [...invalidates] }),
  revise: useProcedureMutation('forms.policies.revise', { invalidates: [...invalidates] }),
  consult: useProcedureMutation('forms.policies.startConsultation', { invalidates: [...invalidates] }),
  giveOpinion: useProcedureMutation('forms.policies.giveOpinion', { invalidates: [...invalidates] }),
  markOpinion: useProcedureMutation('forms.policies.markOpinion', { invalidates: [...invalidates] }),
  submit: useProcedureMutation('forms.policies.submit', { invalidates: [...invalidates] }),
  markRead: useProcedureMutation('forms.policies.markRead', { invalidates: [...invalidates] }),
});

/** What the leader decides on, for an approval of a policy revision. */
export const usePolicyForDecision = (instanceId: MaybeRefOrGetter<string | null>) =>
  useProcedureQuery('forms.policies.forDecision', () => ({ instanceId: toValue(instanceId) ?? '' }), {
    enabled: () => Boolean(toValue(instanceId)),
  });
