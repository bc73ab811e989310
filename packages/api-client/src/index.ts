export { api, createApiClient } from './client.ts';
export type { ApiClient, ApiClientOptions } from './client.ts';
export { onAuthProblem } from './auth-events.ts';
export type { AuthProblem } from './auth-events.ts';
export { registerErrorCatalogs } from './error-catalogs.ts';
export {
  appErrorOf,
  errorCodeOf,
  fieldErrorsOf,
  httpStatusOf,
  isClientError,
  toUserMessage,
} from './errors.ts';
export { apiQueryPlugin, createQueryClient } from './query.ts';
export { queryKeyOf, useProcedureMutation, useProcedureQuery } from './query-api.ts';
export type { ApiInput, ApiKeyPath, ApiMutationPath, ApiOutput, ApiQueryPath } from './query-api.ts';
export { keyOfPath, queryKeysFor } from './query-keys.ts';
export type { KeyPath, MutationPath, ProcedureKey, QueryPath } from './query-keys.ts';
export { procedureQueries } from './query-procedures.ts';
export type { ProcedureMutationOptions, ProcedureQueryOptions } from './query-procedures.ts';
export type { Me, RouterInputs, RouterOutputs } from './types.ts';
export { saveGeneratedFile, type GeneratedFile } from './download.ts';
