// What the KPI pages ask of the API.
import { useProcedureMutation, useProcedureQuery, type RouterOutputs } from '@duda/api-client';

export type KpiRow = RouterOutputs['performance']['kpis']['list'][number];

export const useKpis = () => useProcedureQuery('performance.kpis.list', {});
const invalidates = ['performance.kpis', 'performance.schemes'] as const;
export const useCreateKpi = () =>
  useProcedureMutation('performance.kpis.create', { invalidates: [...invalidates] });
export const useUpdateKpi = () =>
  useProcedureMutation('performance.kpis.update', { invalidates: [...invalidates] });
