import { permissionsOf, ROLE_LABELS, type Actor } from '@duda/authz';
import type { OrgDeps } from '../deps.ts';
import { orgErrors } from '@duda/contract-org';
import { authedProcedure } from '@duda/service-kit';

/** Who is logged in, their roles with scope, and what they may do (for the menu). */
export async function readMe(deps: OrgDeps, ctx: { actor: Actor; passwordChangeRequired: boolean }) {
  const person = await deps.prisma.person.findUnique({
    where: { id: ctx.actor.personId },
    include: { orgNode: true },
  });
  if (!person) throw orgErrors.personOfAccountMissing();
  return {
    person: {
      id: person.id,
      staffNo: person.staffNo,
      name: person.name,
      position: person.position,
      orgNodeId: person.orgNodeId,
      orgName: person.orgNode.name,
    },
    roles: ctx.actor.roles.map((r) => ({
      role: r.role,
      label: ROLE_LABELS[r.role],
      orgNodeId: r.orgNodeId,
      orgName: r.orgNodeName,
      orgLevel: r.orgLevel,
    })),
    permissions: permissionsOf(ctx.actor),
    mustChangePassword: ctx.passwordChangeRequired,
  };
}

/** `org.me`. */
export const meProcedure = (deps: OrgDeps) =>
  authedProcedure.meta({ openDuringPasswordChange: true }).query(({ ctx }) => readMe(deps, ctx));
