import type { AppRouter } from '@duda/gateway/router';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';

/** Inputs of every gateway procedure, e.g. `RouterInputs['org']['halls']`. */
export type RouterInputs = inferRouterInputs<AppRouter>;
/** Outputs of every gateway procedure, e.g. `RouterOutputs['org']['me']`. */
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export type Me = RouterOutputs['org']['me'];
