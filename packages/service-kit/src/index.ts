export type { CallerContext, ForwardedCaller, SessionCookie } from './context.ts';
export type { ErrorData, ErrorShape, FieldError } from './format-error.ts';
export { isDatabaseUnavailable } from './format-error.ts';
export { DATABASE_RETRY_AFTER_SECONDS, databaseUnavailableBody } from './http-errors.ts';
export { unguardedInputStrings, unguardedStrings } from './input-strings.ts';
export { callerHeaders, forwardingRouter, pick, verifyCaller } from './forwarding.ts';
export {
  authedProcedure,
  createCallerFactory,
  middleware,
  publicProcedure,
  router,
  type ProcedureMeta,
} from './trpc.ts';
export { z } from './zod.ts';
// The string rule every input's text follows (NUL and lone surrogates refused), for inputs outside the contracts.
export { comparedText, text } from '@duda/contract-kit';
export { createLogger, requestIdOf } from './logger.ts';
export { assertCan } from './authorize.ts';
export { evidenceGrant, evidenceGrantValid } from './evidence-grant.ts';
export { pageInput, skipTake, sortInput, type Page, type PageInput } from './paging.ts';
export { localServiceClient, remoteServiceClient, type ServiceClient } from './service-client.ts';
export {
  defineServiceModule,
  type AnyServiceModule,
  type HttpRoute,
  type InstanceOf,
  type RouterOf,
  type SeedOf,
  type SeedStep,
  type ServiceEnv,
  type ServiceInstance,
  type ServiceModule,
} from './module.ts';
export { procedureManifest, unusableDeps, type ProcedureKind, type ProcedureManifest } from './procedures.ts';
export { dependencyOrder, type DependencyNode } from './dependency-order.ts';
