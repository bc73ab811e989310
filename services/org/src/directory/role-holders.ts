// Who holds given roles under one org node (`org.people.holders`): what the portal's nightly duty generation
// reads, so a person who never opens the portal still gets their day's tasks. A caller reading a node's people
// reads everything below it, so the answer is the node's subtree by path; paged by assignment id, so a
// province's holders are never all in one answer.
import { can, type Actor, type Role } from '@duda/authz';
import { orgErrors } from '@duda/contract-org';
import type { OrgDeps } from '../deps.ts';

export interface RoleHolder {
  /** The role assignment's id: the cursor of the next page. */
  id: string;
  personId: string;
  personName: string;
  role: Role;
  orgNodeId: string;
  orgName: string;
  /** The city the node belongs to; null above the cities (a province-level role). */
  cityId: string | null;
}

export interface RoleHoldersInput {
  roles: Role[];
  underNodeId: string;
  after?: string | null;
  limit: number;
}

export async function roleHolders(
  deps: OrgDeps,
  actor: Actor,
  input: RoleHoldersInput,
): Promise<{ items: RoleHolder[]; next: string | null }> {
  if (!can(actor, 'person.read', { orgNodeId: input.underNodeId })) throw orgErrors.readPersonDenied();
  const under = await deps.prisma.orgNode.findUnique({
    where: { id: input.underNodeId },
    select: { path: true },
  });
  if (!under) throw orgErrors.orgNotFound();
  const rows = await deps.prisma.roleAssignment.findMany({
    where: {
      role: { in: input.roles },
      // Active staff at active nodes: someone on leave or gone has no duties.
      orgNode: { path: { startsWith: under.path }, active: true },
      person: { status: 'active' },
      ...(input.after ? { id: { gt: input.after } } : {}),
    },
    include: {
      person: { select: { name: true } },
      orgNode: { select: { name: true, path: true } },
    },
    orderBy: { id: 'asc' },
    take: input.limit,
  });
  const cities = new Set(
    (await deps.prisma.orgNode.findMany({ where: { level: 'city' }, select: { id: true } })).map((c) => c.id),
  );
  const items = rows.map((r) => ({
    id: r.id,
    personId: r.personId,
    personName: r.person.name,
    role: r.role,
    orgNodeId: r.orgNodeId,
    orgName: r.orgNode.name,
    cityId: r.orgNode.path.split('/').find((segment) => cities.has(segment)) ?? null,
  }));
  return { items, next: rows.length === input.limit ? rows.at(-1)!.id : null };
}
