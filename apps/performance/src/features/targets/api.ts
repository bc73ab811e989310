// What the target pages ask of the API.
import { useProcedureMutation, useProcedureQuery, type RouterOutputs } from '@duda/api-client';
import type { SchemeRole } from '@duda/contract-performance';
import { toValue, type MaybeRefOrGetter } from 'vue';

export type MyTargets = RouterOutputs['performance']['targets']['mine'];

export const useMyTargets = (month: MaybeRefOrGetter<string>) =>
  useProcedureQuery('performance.targets.mine', () => ({ month: toValue(month) }));
export const useAcknowledge = () =>
  useProcedureMutation('performance.targets.acknowledge', {
    invalidates: ['performance.targets.mine', 'performance.pending'],
  });
export const useAllocations = (month: MaybeRefOrGetter<string>) =>
  useProcedureQuery('performance.targets.list', () => ({ month: toValue(month) }));
export const useAllocate = () =>
  useProcedureMutation('performance.targets.allocate', { invalidates: ['performance.targets'] });
export const useSchemeInForce = (role: SchemeRole, month: MaybeRefOrGetter<string>) =>
  useProcedureQuery('performance.schemes.inForce', () => ({ role, month: toValue(month) }));
export const useOrgTree = () =>
  useProcedureQuery('org.tree', { includeInactive: false }, { staleTime: 5 * 60_000 });
