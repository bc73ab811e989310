import type { Actor, ScopedRole } from '@duda/authz';
import type { OrgDeps } from '../deps.ts';
import { orgTable } from '../sql.ts';

interface ActorRow {
  id: string;
  name: string;
  staffNo: string;
  orgNodeId: string;
  roles: ScopedRole[];
}

/**
 * The person behind an account as an authorization Actor: each role with the ids of its subtree. One statement:
 * an exam's crowd reloads its callers as their cached answers expire (actor-cache.ts), thousands within minutes.
 */
export async function actorOf(deps: OrgDeps, personId: string): Promise<Actor | null> {
  const rows = await deps.prisma.$queryRaw<ActorRow[]>`
    SELECT p."id", p."name", p."staffNo", p."orgNodeId",
      COALESCE((
        SELECT json_agg(json_build_object(
          'role', ra."role", 'orgNodeId', n."id", 'orgNodeName', n."name", 'orgLevel', n."level",
          'subtree', (SELECT json_agg(d."id" ORDER BY d."path") FROM ${orgTable('OrgNode')} d
                      WHERE starts_with(d."path", n."path"))
        ) ORDER BY ra."createdAt", ra."id")
        FROM ${orgTable('RoleAssignment')} ra JOIN ${orgTable('OrgNode')} n ON n."id" = ra."orgNodeId"
        WHERE ra."personId" = p."id"
      ), '[]'::json) AS "roles"
    FROM ${orgTable('Person')} p
    WHERE p."id" = ${personId}::uuid`;
  const person = rows[0];
  if (!person) return null;
  return {
    personId: person.id,
    name: person.name,
    staffNo: person.staffNo,
    homeOrgNodeId: person.orgNodeId,
    roles: person.roles,
  };
}
