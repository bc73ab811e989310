// Who reads and who coaches. A person reads their own plans; a hall manager the hall's, a district its halls' (the
// scorecards' reading scope). The person's superiors — whoever assesses the hall, never the person — make a plan,
// follow it up, close it, and recognise an improver. Anything the caller may not read is "not found".
import { can, scopeOf } from '@duda/authz';
import { coachingErrors } from '@duda/contract-performance';
import type { Prisma } from '../generated/prisma/client.ts';
import type { Ctx } from '../ports/org-directory.ts';

export function readablePlans(ctx: Ctx, scope: 'mine' | 'units' | 'all'): Prisma.ImprovementPlanWhereInput {
  const own: Prisma.ImprovementPlanWhereInput = { personId: ctx.actor.personId };
  if (scope === 'mine') return own;
  const halls = scopeOf(ctx.actor, 'performance.scorecard.read').orgNodeIds;
  const units: Prisma.ImprovementPlanWhereInput = {
    hallId: { in: halls },
    personId: { not: ctx.actor.personId },
  };
  return scope === 'units' ? units : { OR: [own, units] };
}

export const coaches = (ctx: Ctx, person: { personId: string; hallId: string }) =>
  person.personId !== ctx.actor.personId &&
  can(ctx.actor, 'performance.scorecard.assess', { orgNodeId: person.hallId });

/** The halls whose people the caller coaches; refused when there are none (the page is a superior's). */
export function coachedHalls(ctx: Ctx): string[] {
  const halls = scopeOf(ctx.actor, 'performance.scorecard.assess').orgNodeIds;
  if (halls.length === 0) throw coachingErrors.coachDenied();
  return halls;
}
