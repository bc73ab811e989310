import type { AppRouter } from '@duda/gateway/router';
import { api } from './client.ts';
import type { KeyPath, MutationPath, ProcedureInput, ProcedureOutput, QueryPath } from './query-keys.ts';
import { procedureQueries } from './query-procedures.ts';

/**
 * The portal's query helpers, typed against the gateway's `AppRouter`:
 * `queryKeyOf('inspection.plans.list', input)` → `['inspection', 'plans', 'list', input]`.
 */
export const { queryKeyOf, procedureQueryOptions, useProcedureQuery, useProcedureMutation } =
  procedureQueries(api);

export type ApiKeyPath = KeyPath<AppRouter>;
export type ApiQueryPath = QueryPath<AppRouter>;
export type ApiMutationPath = MutationPath<AppRouter>;
export type ApiInput<Path extends string> = ProcedureInput<AppRouter, Path>;
export type ApiOutput<Path extends string> = ProcedureOutput<AppRouter, Path>;
