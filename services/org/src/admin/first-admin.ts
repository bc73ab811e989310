// The first administrator (系统管理员) of an installation without one: the gateway's `create-admin` command.
// Nobody can sign in to add them through `org.admin.createPerson`, so this takes no caller — and therefore
// refuses whenever an active administrator exists, who would be the one to add anybody else.
import { randomUUID } from 'node:crypto';
import type { Actor } from '@duda/authz';
import { orgErrors } from '@duda/contract-org';
import type { OrgDeps } from '../deps.ts';
import { pathOf } from '../domain/org-tree.ts';
import { passwordProblem } from '../domain/password-policy.ts';
import { hashPassword } from '../domain/passwords.ts';
import { nodeView } from '../directory/views.ts';
import { recordAudit } from './audit.ts';

export interface FirstAdmin {
  staffNo: string;
  name: string;
  phone?: string | null;
  position: string;
  hireDate: Date;
  /** Their initial password: org's password rules apply, and it must be changed at the first sign-in. */
  password: string;
  /** The root (a province, as the demo seed's 浙江公司) to create when the org tree is still empty. */
  root?: { code: string; name: string } | null;
  /** Marks the audit entries as this command's, where a request's id would be. */
  requestId: string;
}

export type FirstAdminResult =
  | { outcome: 'created'; personId: string; orgNodeId: string; createdRoot: boolean }
  | { outcome: 'adminExists'; admins: { staffNo: string; name: string }[] }
  | { outcome: 'rootNeeded' };

/** Serialises two runs of the command: the second one then finds the first one's administrator. */
const FIRST_ADMIN_LOCK = 'org.firstAdmin';

/**
 * Creates the person with their account (username = 工号, password change forced) and the admin role at the
 * root of the org tree, creating that root only when the tree is empty. The audit entries name the new person
 * as who did it. Writes nothing when an active administrator exists, when the tree is empty and no root is
 * given, or when the password or the 工号 is refused (org's errors).
 */
export async function createFirstAdmin(deps: OrgDeps, input: FirstAdmin): Promise<FirstAdminResult> {
  const problem = passwordProblem(
    input.password,
    { staffNo: input.staffNo, username: input.staffNo },
    'initialPassword',
  );
  if (problem) throw problem;
  const passwordHash = await hashPassword(input.password);
  return deps.prisma.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${FIRST_ADMIN_LOCK}))`;
    const admins = await tx.person.findMany({
      where: {
        status: { not: 'left' },
        account: { disabled: false },
        assignments: { some: { role: 'admin' } },
      },
      select: { staffNo: true, name: true },
      orderBy: { staffNo: 'asc' },
    });
    if (admins.length > 0) return { outcome: 'adminExists' as const, admins };
    if (await tx.person.findUnique({ where: { staffNo: input.staffNo } }))
      throw orgErrors.staffNoTaken({ staffNo: input.staffNo });
    let root = await tx.orgNode.findFirst({ where: { parentId: null }, orderBy: { createdAt: 'asc' } });
    const createdRoot = root === null;
    if (!root) {
      if (!input.root) return { outcome: 'rootNeeded' as const };
      const id = randomUUID();
      root = await tx.orgNode.create({
        data: {
          id,
          code: input.root.code,
          name: input.root.name,
          level: 'province',
          parentId: null,
          path: pathOf(null, id),
        },
      });
    }
    // Who the entries name: the new person, the only one there is; the command's mark is the request id.
    const actor: Actor = {
      personId: randomUUID(),
      name: input.name,
      staffNo: input.staffNo,
      homeOrgNodeId: root.id,
      roles: [],
    };
    if (createdRoot) {
      await recordAudit(tx, actor, input.requestId, {
        action: 'org.create',
        entityType: 'OrgNode',
        entityId: root.id,
        after: nodeView(root),
      });
    }
    const person = await tx.person.create({
      data: {
        id: actor.personId,
        staffNo: input.staffNo,
        name: input.name,
        phone: input.phone ?? null,
        orgNodeId: root.id,
        position: input.position,
        hireDate: input.hireDate,
        account: { create: { username: input.staffNo, passwordHash, mustChangePassword: true } },
        assignments: { create: { role: 'admin', orgNodeId: root.id } },
      },
    });
    await recordAudit(tx, actor, input.requestId, {
      action: 'person.create',
      entityType: 'Person',
      entityId: person.id,
      after: {
        staffNo: person.staffNo,
        name: person.name,
        phone: person.phone,
        orgNodeId: person.orgNodeId,
        position: person.position,
        status: person.status,
        hireDate: person.hireDate,
        roles: [{ role: 'admin', orgNodeId: root.id }],
      },
    });
    return { outcome: 'created' as const, personId: person.id, orgNodeId: root.id, createdRoot };
  });
}
