// Who reads and who decides an appeal. Each person reads their own; a hall manager the hall's, a district its halls'
// (the scorecards' reading scope); the appellant's superiors — whoever assesses the hall, never the appellant —
// record the interview and decide. Anything the caller may not read is "not found".
import { can, scopeOf } from '@duda/authz';
import { appealsErrors } from '@duda/contract-performance';
import type { Prisma } from '../generated/prisma/client.ts';
import type { Ctx } from '../ports/org-directory.ts';

export function readableAppeals(ctx: Ctx, scope: 'mine' | 'units' | 'all'): Prisma.AppealWhereInput {
  const own: Prisma.AppealWhereInput = { personId: ctx.actor.personId };
  if (scope === 'mine') return own;
  const halls = scopeOf(ctx.actor, 'performance.scorecard.read').orgNodeIds;
  const units: Prisma.AppealWhereInput = { hallId: { in: halls }, personId: { not: ctx.actor.personId } };
  return scope === 'units' ? units : { OR: [own, units] };
}

export const decides = (ctx: Ctx, appeal: { personId: string; hallId: string }) =>
  appeal.personId !== ctx.actor.personId &&
  can(ctx.actor, 'performance.scorecard.assess', { orgNodeId: appeal.hallId });

export function assertDecider(ctx: Ctx, appeal: { personId: string; hallId: string }) {
  if (!decides(ctx, appeal)) throw appealsErrors.decideDenied();
}
