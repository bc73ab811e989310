import type { FastifyRequest } from 'fastify';

/** The route the tRPC adapter registers under the `/trpc` prefix. */
const TRPC_ROUTE = '/trpc/:path';
const LOGIN = 'auth.login';

/**
 * The procedures tRPC will run for this request, read from the route Fastify matched (so `/%74rpc/…` counts
 * as `/trpc/…`): the path parameter Fastify already decoded once, decoded again as tRPC does, split into
 * the calls of a batch. Guards must look at this, not at the raw URL, or a percent-encoded path slips past.
 */
export function proceduresOf(request: FastifyRequest): string[] {
  if (request.routeOptions.url !== TRPC_ROUTE) return [];
  const { path } = request.params as { path: string };
  try {
    return decodeURIComponent(path).split(',');
  } catch {
    return []; // tRPC refuses a malformed path without running anything.
  }
}

export const isTrpc = (request: FastifyRequest) => request.routeOptions.url === TRPC_ROUTE;

/** tRPC and the gateway's own JSON routes: answers that are about someone, never files or pages. */
export const isApi = (request: FastifyRequest) =>
  isTrpc(request) || (request.routeOptions.url ?? '').startsWith('/api/');

export const isLogin = (request: FastifyRequest) => proceduresOf(request).includes(LOGIN);

/**
 * A login batched with other calls. The limiter counts a request once, so a batch of logins would be
 * many guesses for one count; the tRPC client never batches a login with anything, so it is refused.
 */
export const isBatchedLogin = (request: FastifyRequest) => {
  const procedures = proceduresOf(request);
  return procedures.length > 1 && procedures.includes(LOGIN);
};
