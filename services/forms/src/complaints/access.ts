// Who reads a complaint, and who sees the customer's contact (投诉可见范围): its handlers — the intake clerk, the
// assignee, the hall manager and the supervisors it was escalated to — read it whole; the unit's other managers,
// supervisors and leaders (forms.complaint.read over its hall) read it with the contact masked; so does the staff
// member found responsible (a clerk's forms.complaint.read is their own cases), for the case is counted against
// them on their scorecard and is what they appeal against; nobody else at all.
import { can, scopeOf, type Actor } from '@duda/authz';
import type { CallerContext } from '@duda/service-kit';
import type { Complaint, Prisma } from '../generated/prisma/client.ts';
import { isHandler } from './domain/case.ts';
import type { CaseActor } from './domain/types.ts';
import { stateOf } from './store.ts';

export type Ctx = CallerContext & { actor: Actor };

export const caseActor = (actor: Actor): CaseActor => ({
  personId: actor.personId,
  name: actor.name,
  roles: actor.roles.map((r) => ({ role: r.role, orgNodeId: r.orgNodeId })),
});

export const handles = (actor: Actor, row: Complaint) => isHandler(stateOf(row), caseActor(actor));

export const mayRead = (actor: Actor, row: Complaint) =>
  handles(actor, row) ||
  can(actor, 'forms.complaint.read', {
    orgNodeId: row.hallId,
    ...(row.responsibleId ? { ownerPersonId: row.responsibleId } : {}),
  });

const nodesWhere = (actor: Actor, role: string) =>
  actor.roles.filter((r) => r.role === role).map((r) => r.orgNodeId);

/** The cases the caller handles as the manager line: their hall's as its manager, the ones escalated to them. */
export function managedWhere(actor: Actor): Prisma.ComplaintWhereInput[] {
  return [
    { hallId: { in: nodesWhere(actor, 'hall_manager') } },
    { level: { in: ['DISTRICT', 'CITY'] }, districtId: { in: nodesWhere(actor, 'district_supervisor') } },
    { level: 'CITY', cityId: { in: nodesWhere(actor, 'city_supervisor') } },
  ];
}

/** The cases the caller handles (the handlers of `isHandler`, as a WHERE). */
export const handledWhere = (actor: Actor): Prisma.ComplaintWhereInput => ({
  OR: [{ intakeById: actor.personId }, { assigneeId: actor.personId }, ...managedWhere(actor)],
});

/** The cases the caller reads. */
export function readableWhere(actor: Actor): Prisma.ComplaintWhereInput {
  const scope = scopeOf(actor, 'forms.complaint.read');
  return {
    OR: [
      handledWhere(actor),
      { hallId: { in: scope.orgNodeIds } },
      { hallId: { in: scope.ownOrgNodeIds }, responsibleId: actor.personId },
    ],
  };
}
