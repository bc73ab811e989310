export { api, createApiClient } from './client.ts';
export type { ApiClient, ApiClientOptions } from './client.ts';
export { onAuthProblem, PASSWORD_CHANGE_REQUIRED_MESSAGE } from './auth-events.ts';
export type { AuthProblem } from './auth-events.ts';
export { errorCodeOf, fieldErrorsOf, httpStatusOf, isClientError, toUserMessage } from './errors.ts';
export { apiQueryPlugin, createQueryClient } from './query.ts';
export type { Me, RouterInputs, RouterOutputs } from './types.ts';
