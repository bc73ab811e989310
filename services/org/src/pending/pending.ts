// `org.pending.mine`: what an administrator must act on in the units they manage, in the inbox's one shape
// (ADR 0018) — business-system IDs suspended and waiting for review (restore or revoke, 表5), and active staff
// who hold no role at all (they can sign in to nothing useful until one is assigned). They open in the
// administration remote (系统管理), so that is the area the to-dos are filed under.
import { scopeOf, type Actor } from '@duda/authz';
import { definePendingKinds, mergePending, pendingPage, type PendingPage } from '@duda/contract-kit';
import type { OrgDeps } from '../deps.ts';

export const orgPendingKinds = definePendingKinds('admin', {
  'staffId.review': { 'zh-CN': '复核已暂停的业务工号', en: 'Review a suspended business-system ID' },
  'person.assignRole': { 'zh-CN': '为人员分配角色', en: 'Give a person a role' },
});

async function suspendedStaffIds(deps: OrgDeps, units: string[], limit: number): Promise<PendingPage> {
  const rows = await deps.prisma.staffSystemId.findMany({
    where: { orgNodeId: { in: units }, status: 'suspended' },
    include: { person: { select: { name: true } }, orgNode: { select: { name: true } } },
    orderBy: [{ suspendedAt: 'asc' }, { id: 'asc' }],
  });
  return pendingPage(
    rows.map((row) =>
      orgPendingKinds.action('staffId.review', {
        objectId: row.id,
        title: `${row.system} ${row.loginId} · ${row.person.name}${row.reason ? `（${row.reason}）` : ''}`,
        orgNodeId: row.orgNodeId,
        orgName: row.orgNode.name,
        dueAt: null,
        overdue: false,
        path: `staff-ids?status=suspended&q=${encodeURIComponent(row.loginId)}`,
      }),
    ),
    limit,
  );
}

async function peopleWithoutRole(deps: OrgDeps, units: string[], limit: number): Promise<PendingPage> {
  const rows = await deps.prisma.person.findMany({
    where: { orgNodeId: { in: units }, status: 'active', assignments: { none: {} } },
    include: { orgNode: { select: { name: true } } },
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  return pendingPage(
    rows.map((person) =>
      orgPendingKinds.action('person.assignRole', {
        objectId: person.id,
        title: `${person.name}（${person.staffNo}）`,
        orgNodeId: person.orgNodeId,
        orgName: person.orgNode.name,
        dueAt: null,
        overdue: false,
        path: `people?person=${person.id}`,
      }),
    ),
    limit,
  );
}

export async function orgPendingMine(deps: OrgDeps, actor: Actor, limit: number): Promise<PendingPage> {
  const units = scopeOf(actor, 'person.manage').orgNodeIds;
  if (units.length === 0) return pendingPage([], limit);
  return mergePending(
    await Promise.all([suspendedStaffIds(deps, units, limit), peopleWithoutRole(deps, units, limit)]),
    limit,
  );
}
