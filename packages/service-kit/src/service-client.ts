// How one service calls another's public procedures on behalf of the same caller: in-process through a
// tRPC caller, in separate-process mode over HTTP with the signed caller header. Either way the called
// service applies its own authorization to the forwarded actor.
import { createTRPCUntypedClient, httpLink } from '@trpc/client';
import type { AnyRouter } from '@trpc/server';
import superjson from 'superjson';
import type { CallerContext, ForwardedCaller } from './context.ts';
import { callerHeaders, pick } from './forwarding.ts';
import { createCallerFactory, router as createRouter } from './trpc.ts';

export interface ServiceClient {
  query<T>(caller: CallerContext, path: string, input?: unknown): Promise<T>;
  /**
   * A write of the other service (a mutation), on behalf of the caller: over HTTP a query is a GET, which tRPC
   * refuses for a mutation. Absent on read-only sources (the portal inbox's in-process answers).
   */
  mutate?<T>(caller: CallerContext, path: string, input?: unknown): Promise<T>;
}

/**
 * `path` is relative to the router, e.g. `nodes` or `people.byIds`. With `prefix` (the key the gateway mounts
 * the router under) the call is seen as `<prefix>.<path>`, as it is when it comes over HTTP: its metrics and
 * spans then name it the same whichever process runs the service.
 */
export function localServiceClient(router: AnyRouter, prefix?: string): ServiceClient {
  const factory = createCallerFactory(prefix ? createRouter({ [prefix]: router }) : router);
  // A tRPC caller runs queries and mutations alike.
  const call = async <T>(caller: CallerContext, path: string, input?: unknown) => {
    let target: unknown = factory(caller);
    for (const part of prefix ? [prefix, ...path.split('.')] : path.split('.'))
      target = (target as Record<string, unknown>)[part];
    return (await (target as (input: unknown) => Promise<unknown>)(input)) as T;
  };
  return { query: call, mutate: call };
}

/** `prefix` is the key the remote service mounts the router under (the same as in the gateway). */
export function remoteServiceClient(options: { url: string; secret: string; prefix: string }): ServiceClient {
  const client = createTRPCUntypedClient({
    links: [
      httpLink({
        url: options.url,
        transformer: superjson,
        headers: ({ op }) => callerHeaders(op.context.caller as ForwardedCaller, options.secret),
      }),
    ],
  });
  return {
    async query<T>(caller: CallerContext, path: string, input?: unknown) {
      return (await client.query(`${options.prefix}.${path}`, input, {
        context: { caller: pick(caller) },
      })) as T;
    },
    async mutate<T>(caller: CallerContext, path: string, input?: unknown) {
      return (await client.mutation(`${options.prefix}.${path}`, input, {
        context: { caller: pick(caller) },
      })) as T;
    },
  };
}
