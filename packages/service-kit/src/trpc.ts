import { initTRPC, TRPCError } from '@trpc/server';
import { commonErrors, isAppError } from '@duda/contract-kit';
import { observeProcedure } from '@duda/telemetry';
import superjson from 'superjson';
import type { CallerContext } from './context.ts';
import { formatError } from './format-error.ts';

export interface ProcedureMeta {
  /** Callable by someone who must change their password first (first login, after a reset). */
  openDuringPasswordChange?: boolean;
}

/**
 * One tRPC instance for the whole platform, so the gateway can mount every service's router in one tree.
 * superjson keeps Dates as Dates between server and client.
 */
const t = initTRPC
  .context<CallerContext>()
  .meta<ProcedureMeta>()
  .create({
    transformer: superjson,
    errorFormatter: (opts) => formatError(opts),
  });

// Domain errors are thrown on purpose with a code for the user; give them their proper tRPC code.
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (isAppError(cause)) throw new TRPCError({ code: cause.kind, message: cause.message, cause });
  // A unique index caught a duplicate that a concurrent request created between our check and our insert.
  if ((cause as { code?: unknown } | undefined)?.code === 'P2002') {
    const duplicate = commonErrors.duplicate();
    throw new TRPCError({ code: duplicate.kind, message: duplicate.message, cause: duplicate });
  }
  return result;
});

// Outermost, so it sees the final outcome (a domain error already given its tRPC code, invalid input refused).
const observed = t.middleware(({ path, type, next }) => observeProcedure(path, type, next));

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/** Open to anyone: only login uses it. */
export const publicProcedure = t.procedure.use(observed).use(domainErrors);

/** Requires a logged-in person; `ctx.actor` is then non-null. */
export const authedProcedure = publicProcedure.use(({ ctx, meta, next }) => {
  if (!ctx.actor) throw commonErrors.unauthorized();
  if (ctx.passwordChangeRequired && !meta?.openDuringPasswordChange)
    throw commonErrors.passwordChangeRequired();
  return next({ ctx: { ...ctx, actor: ctx.actor } });
});
