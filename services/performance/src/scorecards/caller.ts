// Who the nightly job acts as. Services call each other only on behalf of a caller (ADR 0005); no service identity
// exists. So the run procedure keeps the caller of the city supervisor who set the month running, and the job
// recomputes the open month as that person: inspection and training apply their own scope rules exactly as when
// the supervisor runs it from the page.
import type { Actor } from '@duda/authz';
import { createLogger, type CallerContext } from '@duda/service-kit';
import type { Ctx } from '../ports/org-directory.ts';

export const kept = (actor: Actor) => JSON.parse(JSON.stringify(actor)) as Actor;

export function jobCaller(actor: Actor, requestId: string): Ctx {
  const ctx: CallerContext = {
    requestId,
    actor,
    sessionId: null,
    passwordChangeRequired: false,
    ip: '127.0.0.1',
    userAgent: 'performance-month-job',
    log: createLogger('performance-month-job', 'info'),
  };
  return ctx as Ctx;
}
