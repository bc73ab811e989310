import { can, scopeOf, type Actor, type Role } from '@duda/authz';
import { orgErrors } from '@duda/contract-org';
import { assertCan, skipTake, type Page, type PageInput } from '@duda/service-kit';
import type { OrgDeps } from '../deps.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import type { PersonSummary, RoleView } from './views.ts';

/** People the actor may read: everyone in full-reach nodes, only themselves in own-reach nodes. */
function peopleInScope(actor: Actor): Prisma.PersonWhereInput {
  const { orgNodeIds, ownOrgNodeIds } = scopeOf(actor, 'person.read');
  return {
    OR: [
      { orgNodeId: { in: orgNodeIds } },
      ...(ownOrgNodeIds.length ? [{ id: actor.personId, orgNodeId: { in: ownOrgNodeIds } }] : []),
    ],
  };
}

const summary = (p: {
  id: string;
  staffNo: string;
  name: string;
  position: string;
  status: PersonSummary['status'];
  orgNodeId: string;
  orgNode: { name: string };
}): PersonSummary => ({
  id: p.id,
  staffNo: p.staffNo,
  name: p.name,
  position: p.position,
  status: p.status,
  orgNodeId: p.orgNodeId,
  orgName: p.orgNode.name,
});

export interface PeopleFilter extends PageInput {
  q?: string | null;
  orgNodeId?: string | null;
  role?: Role | null;
  status?: PersonSummary['status'] | null;
  sort?: { key: 'staffNo' | 'name' | 'hireDate'; order: 'asc' | 'desc' } | null;
}

export async function listPeople(
  deps: OrgDeps,
  actor: Actor,
  filter: PeopleFilter,
): Promise<Page<PersonSummary & { roles: Role[] }>> {
  let underNode: Prisma.PersonWhereInput = {};
  if (filter.orgNodeId) {
    const node = await deps.prisma.orgNode.findUnique({
      where: { id: filter.orgNodeId },
      select: { path: true },
    });
    // Nobody is under a node that does not exist (answered as for a node out of scope: an empty page).
    if (!node) return { items: [], total: 0, page: filter.page, pageSize: filter.pageSize };
    underNode = { orgNode: { path: { startsWith: node.path } } };
  }
  const where: Prisma.PersonWhereInput = {
    AND: [
      peopleInScope(actor),
      underNode,
      filter.q ? { OR: [{ name: { contains: filter.q } }, { staffNo: { contains: filter.q } }] } : {},
      filter.role ? { assignments: { some: { role: filter.role } } } : {},
      filter.status ? { status: filter.status } : {},
    ],
  };
  const sort = filter.sort ?? { key: 'staffNo', order: 'asc' };
  const [rows, total] = await Promise.all([
    deps.prisma.person.findMany({
      where,
      include: { orgNode: { select: { name: true } }, assignments: { select: { role: true } } },
      orderBy: { [sort.key]: sort.order },
      ...skipTake(filter),
    }),
    deps.prisma.person.count({ where }),
  ]);
  const items = rows.map((p) => ({ ...summary(p), roles: [...new Set(p.assignments.map((a) => a.role))] }));
  return { items, total, page: filter.page, pageSize: filter.pageSize };
}

/** For person selectors: a few matches by name or 工号. */
export async function searchPeople(
  deps: OrgDeps,
  actor: Actor,
  q: string,
  limit: number,
): Promise<PersonSummary[]> {
  const rows = await deps.prisma.person.findMany({
    where: {
      AND: [
        peopleInScope(actor),
        { status: { not: 'left' } },
        { OR: [{ name: { contains: q } }, { staffNo: { startsWith: q } }] },
      ],
    },
    include: { orgNode: { select: { name: true } } },
    orderBy: { staffNo: 'asc' },
    take: limit,
  });
  return rows.map(summary);
}

export interface PersonDetail extends PersonSummary {
  phone: string | null;
  hireDate: Date;
  roles: RoleView[];
  /** Only for those who may manage the person. */
  account: {
    username: string;
    disabled: boolean;
    locked: boolean;
    mustChangePassword: boolean;
    lastLoginAt: Date | null;
  } | null;
}

export async function personDetail(deps: OrgDeps, actor: Actor, id: string): Promise<PersonDetail> {
  const person = await deps.prisma.person.findUnique({
    where: { id },
    include: {
      orgNode: true,
      account: true,
      assignments: { include: { orgNode: { select: { name: true } } } },
    },
  });
  if (!person) throw orgErrors.personNotFound();
  assertCan(
    actor,
    'person.read',
    { orgNodeId: person.orgNodeId, ownerPersonId: person.id },
    orgErrors.readPersonDenied,
  );
  const manageable = can(actor, 'person.manage', { orgNodeId: person.orgNodeId });
  const now = deps.now();
  return {
    ...summary(person),
    phone: person.phone,
    hireDate: person.hireDate,
    roles: person.assignments.map((a) => ({
      id: a.id,
      role: a.role,
      orgNodeId: a.orgNodeId,
      orgName: a.orgNode.name,
    })),
    account:
      manageable && person.account
        ? {
            username: person.account.username,
            disabled: person.account.disabled,
            locked: person.account.lockedUntil !== null && person.account.lockedUntil > now,
            mustChangePassword: person.account.mustChangePassword,
            lastLoginAt: person.account.lastLoginAt,
          }
        : null,
  };
}

/** People by id, for other services (names on inspections, inspector pickers). Out-of-scope ids are dropped. */
export async function peopleByIds(deps: OrgDeps, actor: Actor, ids: string[]): Promise<PersonSummary[]> {
  const rows = await deps.prisma.person.findMany({
    where: { AND: [peopleInScope(actor), { id: { in: ids } }] },
    include: { orgNode: { select: { name: true } } },
  });
  return rows.map(summary);
}
