// What the satisfaction import page asks of the API.
import { api, useProcedureMutation, useProcedureQuery, type RouterOutputs } from '@duda/api-client';
import { toValue, type MaybeRefOrGetter } from 'vue';

export type SatisfactionImportRow = RouterOutputs['performance']['imports']['satisfactionHistory'][number];
/** What a check or an import answers: the rows, the good ones, those written and each bad row's reason. */
export type SatisfactionReport = RouterOutputs['performance']['imports']['satisfaction'];
export type SatisfactionImportMode = SatisfactionReport['mode'];

export const useSatisfactionHistory = (month: MaybeRefOrGetter<string>) =>
  useProcedureQuery('performance.imports.satisfactionHistory', () => ({ month: toValue(month) }));
export const useImportSatisfaction = () =>
  useProcedureMutation('performance.imports.satisfaction', { invalidates: ['performance.imports'] });
export const downloadSatisfactionTemplate = () => api.performance.imports.satisfactionTemplate.query({});
