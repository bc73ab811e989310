// Separate-process mode: the gateway forwards a service's procedures to that service's own server.
// The caller (already authenticated by the gateway) travels in a header signed with a shared secret,
// so a service never trusts a caller that did not come through the gateway.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createTRPCUntypedClient, httpLink, TRPCClientError } from '@trpc/client';
import { commonErrors } from '@duda/contract-kit';
import { TRPCError, type AnyRouter } from '@trpc/server';
import superjson from 'superjson';
import type { ForwardedCaller } from './context.ts';
import type { ProcedureManifest } from './procedures.ts';
import { publicProcedure, router } from './trpc.ts';
import { z } from './zod.ts';

export const CALLER_HEADER = 'x-duda-caller';
export const SIGNATURE_HEADER = 'x-duda-signature';

const sign = (payload: string, secret: string) =>
  createHmac('sha256', secret).update(payload).digest('base64url');

/** The gateway's request id, so the service's own request log lines carry it too (`reqId`). */
export const REQUEST_ID_HEADER = 'x-request-id';

export function callerHeaders(caller: ForwardedCaller, secret: string): Record<string, string> {
  const payload = Buffer.from(JSON.stringify(caller)).toString('base64url');
  return {
    [CALLER_HEADER]: payload,
    [SIGNATURE_HEADER]: sign(payload, secret),
    [REQUEST_ID_HEADER]: caller.requestId,
  };
}

/** The forwarded caller, or null when the headers are missing or not signed with our secret. */
export function verifyCaller(headers: Record<string, unknown>, secret: string): ForwardedCaller | null {
  const payload = headers[CALLER_HEADER];
  const signature = headers[SIGNATURE_HEADER];
  if (typeof payload !== 'string' || typeof signature !== 'string') return null;
  const expected = Buffer.from(sign(payload, secret));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
  return JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as ForwardedCaller;
}

/** Turns a tRPC client error from the remote service back into the same error for our caller. */
function rethrow(error: unknown): never {
  if (error instanceof TRPCClientError) {
    const shape = error.shape as { data?: { code?: TRPCError['code'] } } | undefined;
    throw new TRPCError({
      code: shape?.data?.code ?? 'INTERNAL_SERVER_ERROR',
      message: error.message,
      cause: error.shape,
    });
  }
  const unavailable = commonErrors.serviceUnavailable();
  throw new TRPCError({ code: unavailable.kind, message: unavailable.message, cause: unavailable });
}

function nest(flat: Record<string, unknown>): Record<string, unknown> {
  const tree: Record<string, unknown> = {};
  for (const [path, procedure] of Object.entries(flat)) {
    const parts = path.split('.');
    let node = tree;
    for (const part of parts.slice(0, -1)) node = (node[part] ??= {}) as Record<string, unknown>;
    node[parts[parts.length - 1]!] = procedure;
  }
  return tree;
}

/**
 * A router with the procedures of `procedures` (a service's manifest), each forwarding to the service at
 * `url`, where the router is mounted under `prefix` (the same key the gateway mounts it under). Input is
 * validated by the remote service itself, so the forwarding procedures accept anything. `TRouter` is the
 * service's router type: the gateway's `AppRouter` stays exactly as precise as in process.
 */
export function forwardingRouter<TRouter extends AnyRouter>(
  procedures: ProcedureManifest,
  options: { url: string; secret: string; prefix: string },
): TRouter {
  const client = createTRPCUntypedClient({
    links: [
      httpLink({
        url: options.url,
        transformer: superjson,
        headers: ({ op }) => callerHeaders(op.context.caller as ForwardedCaller, options.secret),
      }),
    ],
  });
  const forwarded: Record<string, unknown> = {};
  for (const [path, kind] of Object.entries(procedures)) {
    const handler = async ({ input, ctx }: { input: unknown; ctx: ForwardedCaller }) => {
      const context = { caller: pick(ctx) };
      const remotePath = `${options.prefix}.${path}`;
      try {
        return kind === 'mutation'
          ? await client.mutation(remotePath, input, { context })
          : await client.query(remotePath, input, { context });
      } catch (error) {
        return rethrow(error);
      }
    };
    const call = publicProcedure.input(z.unknown());
    forwarded[path] = kind === 'mutation' ? call.mutation(handler) : call.query(handler);
  }
  return router(nest(forwarded) as never) as unknown as TRouter;
}

export const pick = (ctx: ForwardedCaller): ForwardedCaller => ({
  requestId: ctx.requestId,
  actor: ctx.actor,
  sessionId: ctx.sessionId,
  passwordChangeRequired: ctx.passwordChangeRequired,
  ip: ctx.ip,
  userAgent: ctx.userAgent,
});
