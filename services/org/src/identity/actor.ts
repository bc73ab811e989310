import type { Actor, ScopedRole } from '@duda/authz';
import type { OrgDeps } from '../deps.ts';

/** The person behind an account as an authorization Actor: each role with the ids of its subtree. */
export async function actorOf(deps: OrgDeps, personId: string): Promise<Actor | null> {
  const person = await deps.prisma.person.findUnique({
    where: { id: personId },
    include: { assignments: { include: { orgNode: true } } },
  });
  if (!person) return null;
  const prefixes = person.assignments.map((a) => a.orgNode.path);
  const nodes = prefixes.length
    ? await deps.prisma.orgNode.findMany({
        where: { OR: prefixes.map((prefix) => ({ path: { startsWith: prefix } })) },
        select: { id: true, path: true },
      })
    : [];
  const roles: ScopedRole[] = person.assignments.map((a) => ({
    role: a.role,
    orgNodeId: a.orgNodeId,
    orgNodeName: a.orgNode.name,
    orgLevel: a.orgNode.level,
    subtree: nodes.filter((n) => n.path.startsWith(a.orgNode.path)).map((n) => n.id),
  }));
  return {
    personId: person.id,
    name: person.name,
    staffNo: person.staffNo,
    homeOrgNodeId: person.orgNodeId,
    roles,
  };
}
