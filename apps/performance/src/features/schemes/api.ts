// What the scheme pages ask of the API.
import { useProcedureMutation, useProcedureQuery, type RouterOutputs } from '@duda/api-client';
import type { SchemeRole } from '@duda/contract-performance';
import { toValue, type MaybeRefOrGetter } from 'vue';

export type SchemeRow = RouterOutputs['performance']['schemes']['list'][number];

export const useSchemes = (role: MaybeRefOrGetter<SchemeRole>) =>
  useProcedureQuery('performance.schemes.list', () => ({ role: toValue(role) }));
export const useCreateScheme = () =>
  useProcedureMutation('performance.schemes.create', {
    invalidates: ['performance.schemes', 'performance.kpis', 'performance.targets', 'performance.pending'],
  });
