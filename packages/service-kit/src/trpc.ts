import { initTRPC, TRPCError } from '@trpc/server';
import superjson from 'superjson';
import type { CallerContext } from './context.ts';
import { DomainError } from './errors.ts';
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

// Domain errors are thrown on purpose with a message for the user; give them their proper tRPC code.
const domainErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (result.ok) return result;
  const cause = result.error.cause;
  if (cause instanceof DomainError) throw new TRPCError({ code: cause.code, message: cause.message, cause });
  // A unique index caught a duplicate that a concurrent request created between our check and our insert.
  if ((cause as { code?: unknown } | undefined)?.code === 'P2002') {
    throw new TRPCError({ code: 'CONFLICT', message: '该记录已存在，请刷新后再试', cause });
  }
  return result;
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;
export const middleware = t.middleware;

/** Open to anyone: only login uses it. */
export const publicProcedure = t.procedure.use(domainErrors);

/** Requires a logged-in person; `ctx.actor` is then non-null. */
export const authedProcedure = publicProcedure.use(({ ctx, meta, next }) => {
  if (!ctx.actor) throw new TRPCError({ code: 'UNAUTHORIZED', message: '登录已失效，请重新登录' });
  if (ctx.passwordChangeRequired && !meta?.openDuringPasswordChange) {
    throw new TRPCError({ code: 'PRECONDITION_FAILED', message: '首次登录或密码重置后，请先修改密码' });
  }
  return next({ ctx: { ...ctx, actor: ctx.actor } });
});
