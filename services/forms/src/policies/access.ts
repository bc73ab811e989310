// Who reads a policy version (制度可见范围): the owning unit's managers, supervisors and leaders
// (`forms.policy.read` over it) read every version; the supervisors of a consulted unit the versions sent to them;
// everyone it applies to the versions in force and superseded. Who keeps it: `forms.policy.manage` over the owner.
import { can, scopeOf, type Actor } from '@duda/authz';
import { POLICY_OPINION_ROLES, policiesErrors } from '@duda/contract-forms';
import type { Prisma } from '../generated/prisma/client.ts';
import { appliesTo } from './domain/scope.ts';

interface VersionAccess {
  status: string;
  scopeSubtree: readonly string[];
  scopeRoles: readonly string[];
  consultationNodeIds: readonly string[];
}

/** The units the caller answers consultations for (their supervisor and manager roles). */
export const opinionNodes = (actor: Actor) =>
  actor.roles
    .filter((r) => (POLICY_OPINION_ROLES as readonly string[]).includes(r.role))
    .map((r) => r.orgNodeId);

export const readsAllOf = (actor: Actor, ownerOrgId: string) =>
  can(actor, 'forms.policy.read', { orgNodeId: ownerOrgId }) ||
  can(actor, 'forms.policy.manage', { orgNodeId: ownerOrgId });

export const consulted = (actor: Actor, v: Pick<VersionAccess, 'consultationNodeIds'>) =>
  opinionNodes(actor).some((id) => v.consultationNodeIds.includes(id));

const PUBLISHED = ['IN_FORCE', 'SUPERSEDED'];

export function mayReadVersion(actor: Actor, ownerOrgId: string, v: VersionAccess) {
  return (
    readsAllOf(actor, ownerOrgId) ||
    consulted(actor, v) ||
    (PUBLISHED.includes(v.status) && appliesTo(v, actor.roles))
  );
}

/** The same rule as a query: versions the caller reads. */
export function readableVersions(actor: Actor): Prisma.PolicyVersionWhereInput {
  const owners = [
    ...new Set([
      ...scopeOf(actor, 'forms.policy.read').orgNodeIds,
      ...scopeOf(actor, 'forms.policy.manage').orgNodeIds,
    ]),
  ];
  return {
    OR: [
      { policy: { ownerOrgId: { in: owners } } },
      { consultationNodeIds: { hasSome: opinionNodes(actor) } },
      ...actor.roles.map((r) => ({
        status: { in: ['IN_FORCE' as const, 'SUPERSEDED' as const] },
        scopeSubtree: { has: r.orgNodeId },
        OR: [{ scopeRoles: { isEmpty: true } }, { scopeRoles: { has: r.role } }],
      })),
    ],
  };
}

export function assertManages(actor: Actor, ownerOrgId: string, field?: string) {
  if (!can(actor, 'forms.policy.manage', { orgNodeId: ownerOrgId }))
    throw policiesErrors.manageDenied({}, field);
}
