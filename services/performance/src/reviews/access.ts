// Who the caller is to a cycle or to a person under review. Everything that is not theirs to see is "not found",
// in the same words whether it exists or not.
import { can, scopeOf, type Actor } from '@duda/authz';
import {
  reviewsErrors,
  type CycleStatus,
  type Perspective,
  type ReviewQuestion,
} from '@duda/contract-performance';
import type { CallerContext } from '@duda/service-kit';
import type { PerformanceDeps } from '../deps.ts';
import { standingOf, type Candidate, type Standing } from './domain/nominations.ts';

export type Ctx = CallerContext & { actor: Actor };

/** The org nodes (cities and below) whose review cycles the caller runs. */
export const managedNodes = (actor: Actor) => new Set(scopeOf(actor, 'performance.review.manage').orgNodeIds);

export const manages = (actor: Actor, cityId: string) => managedNodes(actor).has(cityId);

/** The city the caller runs cycles for: the node of a city-level role that manages reviews. */
export function managedCity(actor: Actor): { id: string; name: string } {
  const role = actor.roles.find(
    (r) => r.orgLevel === 'city' && can(actor, 'performance.review.manage', { orgNodeId: r.orgNodeId }),
  );
  if (!role) throw reviewsErrors.manageDenied();
  return { id: role.orgNodeId, name: role.orgNodeName };
}

export async function managedCycle(deps: PerformanceDeps, ctx: Ctx, id: string) {
  const cycle = await deps.prisma.reviewCycle.findUnique({ where: { id } });
  if (!cycle || !manages(ctx.actor, cycle.cityId)) throw reviewsErrors.cycleNotFound();
  return cycle;
}

export const minimumsOf = (cycle: { minSuperior: number; minPeer: number; minSubordinate: number }) =>
  ({ SUPERIOR: cycle.minSuperior, PEER: cycle.minPeer, SUBORDINATE: cycle.minSubordinate }) satisfies Record<
    Perspective,
    number
  >;

export const questionsOf = (cycle: { questions: unknown }) => cycle.questions as ReviewQuestion[];

export interface StoredCandidate extends Candidate {
  name: string;
  staffNo: string;
  orgName: string;
}
export const candidatesOf = (subject: { candidates: unknown }) => subject.candidates as StoredCandidate[];

export const standingFor = (
  ctx: Ctx,
  cycle: { cityId: string },
  subject: { personId: string; superiorIds: readonly string[] },
) => standingOf({ personId: ctx.actor.personId, manages: manages(ctx.actor, cycle.cityId) }, subject);

/** A person under review with their cycle, and how the caller stands to them (null: not theirs to see). */
export async function subjectFor(deps: PerformanceDeps, ctx: Ctx, subjectId: string) {
  const subject = await deps.prisma.reviewSubject.findUnique({
    where: { id: subjectId },
    include: { cycle: true },
  });
  if (!subject) throw reviewsErrors.subjectNotFound();
  const standing = standingFor(ctx, subject.cycle, subject);
  if (!allowedAs(ctx.actor, standing, subject)) throw reviewsErrors.subjectNotFound();
  return { subject, cycle: subject.cycle, standing: standing! };
}

/** The relation alone is not enough: the role must also hold the grant (a superior who changed jobs does not). */
export function allowedAs(actor: Actor, standing: Standing, subject: { personId: string; hallId: string }) {
  if (standing === 'MANAGER') return true;
  if (standing === 'SUBJECT')
    return can(actor, 'performance.review.read', {
      orgNodeId: subject.hallId,
      ownerPersonId: subject.personId,
    });
  if (standing === 'SUPERIOR') return can(actor, 'performance.review.read', { orgNodeId: subject.hallId });
  return false;
}

export const cycleSummary = (cycle: {
  id: string;
  title: string;
  periodKind: 'MONTH' | 'QUARTER';
  period: string;
  status: CycleStatus;
  dueAt: Date;
  releasedAt: Date | null;
}) => ({
  id: cycle.id,
  title: cycle.title,
  periodKind: cycle.periodKind,
  period: cycle.period,
  status: cycle.status,
  dueAt: cycle.dueAt,
  releasedAt: cycle.releasedAt,
});
