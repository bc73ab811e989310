// Who reads which scorecards: each person their own (the figures always, the score and grade once the superior has
// assessed), a hall manager the hall, district and city supervisors and leaders their subtree, HR every scorecard of
// a signed-off month in its scope. Superiors assess and adjust the scorecards below them, never their own.
import { can, scopeOf } from '@duda/authz';
import { scorecardsErrors } from '@duda/contract-performance';
import type { Prisma } from '../generated/prisma/client.ts';
import type { PerformancePrisma } from '../prisma.ts';
import type { Ctx } from '../ports/org-directory.ts';

/** The scorecards the caller may read, as a filter; refused when they may read none at all. */
export async function readableScorecards(
  prisma: PerformancePrisma,
  ctx: Ctx,
): Promise<Prisma.ScorecardWhereInput> {
  const read = scopeOf(ctx.actor, 'performance.scorecard.read');
  const signedOff = scopeOf(ctx.actor, 'performance.signedOff.read').orgNodeIds;
  const or: Prisma.ScorecardWhereInput[] = [];
  if (read.orgNodeIds.length) or.push({ hallId: { in: read.orgNodeIds } });
  if (read.ownOrgNodeIds.length) or.push({ personId: ctx.actor.personId });
  if (signedOff.length) {
    const closed = await prisma.performanceMonth.findMany({
      where: { status: 'SIGNED_OFF' },
      select: { cityId: true, month: true },
    });
    for (const { cityId, month } of closed) or.push({ hallId: { in: signedOff }, cityId, month });
  }
  if (or.length === 0 && read.orgNodeIds.length + read.ownOrgNodeIds.length + signedOff.length === 0)
    throw scorecardsErrors.readDenied();
  return or.length ? { OR: or } : { id: { in: [] } };
}

/** A scorecard's totals are the person's to see once assessed; their superiors and HR see them throughout. */
export const totalsVisible = (ctx: Ctx, card: { personId: string; status: string }) =>
  card.personId !== ctx.actor.personId || card.status === 'ASSESSED';

export function assertSuperior(ctx: Ctx, card: { personId: string; hallId: string }) {
  if (
    card.personId === ctx.actor.personId ||
    !can(ctx.actor, 'performance.scorecard.assess', { orgNodeId: card.hallId })
  )
    throw scorecardsErrors.assessDenied();
}
