// Who reads and who keeps training plans. Reading follows training.read (the city sees all, a district its own and
// its halls', a hall its own); keeping a plan is for the lead of the unit itself — the trainer at the city, the
// district supervisor at the district, the hall manager at the hall — so a district does not rewrite a hall's plan.
import { can, grantOf, scopeOf, type Actor } from '@duda/authz';
import { trainingPlansErrors } from '@duda/contract-training';
import type { CallerContext } from '@duda/service-kit';

export type PlansCtx = CallerContext & { actor: Actor };

/** The org nodes whose plans the caller reads: a plan is in scope when its unit or a unit above it is. */
export function readableNodes(actor: Actor): string[] {
  const nodes = scopeOf(actor, 'training.read').orgNodeIds;
  if (nodes.length === 0) throw trainingPlansErrors.readDenied();
  return nodes;
}

export const plansInScope = (actor: Actor) => ({ orgPath: { hasSome: readableNodes(actor) } });

export function keepsPlanOf(actor: Actor, orgNodeId: string): boolean {
  return actor.roles.some((r) => r.orgNodeId === orgNodeId && grantOf(r.role, 'training.plan.manage'));
}

export function assertKeepsPlanOf(actor: Actor, orgNodeId: string): void {
  if (!keepsPlanOf(actor, orgNodeId)) throw trainingPlansErrors.manageDenied();
}

/**
 * Who links a plan's targeted exams (考核考试): its keeper, and the trainer who runs exams over its unit — they set
 * the exam that tests what a hall's or a district's plan trains.
 */
export const linksExamsOf = (actor: Actor, plan: { orgNodeId: string }) =>
  keepsPlanOf(actor, plan.orgNodeId) || can(actor, 'training.exam.manage', { orgNodeId: plan.orgNodeId });
