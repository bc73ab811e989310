import { scopeOf, type Actor, type OrgLevel } from '@duda/authz';
import { orgErrors } from '@duda/contract-org';
import { assertCan, skipTake, type Page, type PageInput } from '@duda/service-kit';
import type { OrgDeps } from '../deps.ts';
import { idsOnPath } from '../domain/org-tree.ts';
import { nodeView, toForest, type OrgNodeView, type OrgTreeNode } from './views.ts';

/** The part of the org tree the actor may see, as a forest (usually one root: their city or hall). */
export async function visibleTree(
  deps: OrgDeps,
  actor: Actor,
  includeInactive: boolean,
): Promise<OrgTreeNode[]> {
  const { orgNodeIds } = scopeOf(actor, 'org.read');
  const nodes = await deps.prisma.orgNode.findMany({
    where: { id: { in: orgNodeIds }, ...(includeInactive ? {} : { active: true }) },
  });
  return toForest(nodes);
}

export interface NodeDetail extends OrgNodeView {
  /** Names from the root down to the parent, for breadcrumbs. */
  ancestors: { id: string; name: string; level: OrgLevel }[];
  childCount: number;
  staffCount: number;
  moves: { at: Date; fromParentId: string | null; toParentId: string | null }[];
}

export async function nodeDetail(deps: OrgDeps, actor: Actor, id: string): Promise<NodeDetail> {
  const node = await deps.prisma.orgNode.findUnique({
    where: { id },
    include: { moves: { orderBy: { movedAt: 'desc' } } },
  });
  if (!node) throw orgErrors.orgNotFound();
  assertCan(actor, 'org.read', { orgNodeId: id }, orgErrors.readOrgDenied);
  const ancestorIds = idsOnPath(node.path).slice(0, -1);
  const [ancestors, childCount, staffCount] = await Promise.all([
    deps.prisma.orgNode.findMany({
      where: { id: { in: ancestorIds } },
      select: { id: true, name: true, level: true, path: true },
    }),
    deps.prisma.orgNode.count({ where: { parentId: id } }),
    deps.prisma.person.count({ where: { orgNodeId: id, status: { not: 'left' } } }),
  ]);
  return {
    ...nodeView(node),
    ancestors: ancestors
      .sort((a, b) => a.path.length - b.path.length)
      .map(({ id, name, level }) => ({ id, name, level })),
    childCount,
    staffCount,
    moves: node.moves.map((m) => ({ at: m.movedAt, fromParentId: m.fromParentId, toParentId: m.toParentId })),
  };
}

export interface HallRow extends OrgNodeView {
  districtId: string | null;
  districtName: string | null;
  staffCount: number;
}

/** Halls (营业厅) in the actor's scope, with their district, paged on the server. */
export async function listHalls(
  deps: OrgDeps,
  actor: Actor,
  input: PageInput & { q?: string | null; districtId?: string | null; includeInactive?: boolean },
): Promise<Page<HallRow>> {
  const { orgNodeIds } = scopeOf(actor, 'org.read');
  const where = {
    level: 'hall' as const,
    id: { in: orgNodeIds },
    ...(input.includeInactive ? {} : { active: true }),
    ...(input.districtId ? { parentId: input.districtId } : {}),
    ...(input.q ? { OR: [{ name: { contains: input.q } }, { code: { contains: input.q } }] } : {}),
  };
  const [rows, total] = await Promise.all([
    deps.prisma.orgNode.findMany({
      where,
      include: { parent: true, _count: { select: { people: { where: { status: { not: 'left' } } } } } },
      orderBy: [{ parent: { sortOrder: 'asc' } }, { sortOrder: 'asc' }, { code: 'asc' }],
      ...skipTake(input),
    }),
    deps.prisma.orgNode.count({ where }),
  ]);
  const items = rows.map((h) => ({
    ...nodeView(h),
    districtId: h.parent?.level === 'district' ? h.parent.id : null,
    districtName: h.parent?.level === 'district' ? h.parent.name : null,
    staffCount: h._count.people,
  }));
  return { items, total, page: input.page, pageSize: input.pageSize };
}

/**
 * Nodes by id with their district and city, for other services (names on reports, denormalising an
 * inspection's district). Only nodes the actor may see are returned.
 */
export async function nodesByIds(deps: OrgDeps, actor: Actor, ids: string[]) {
  const { orgNodeIds } = scopeOf(actor, 'org.read');
  const visible = new Set(orgNodeIds);
  const nodes = await deps.prisma.orgNode.findMany({
    where: { id: { in: ids.filter((id) => visible.has(id)) } },
  });
  const ancestorIds = [...new Set(nodes.flatMap((n) => idsOnPath(n.path)))];
  const ancestors = await deps.prisma.orgNode.findMany({
    where: { id: { in: ancestorIds } },
    select: { id: true, name: true, level: true },
  });
  const byId = new Map(ancestors.map((a) => [a.id, a]));
  return nodes.map((n) => {
    const line = idsOnPath(n.path)
      .map((id) => byId.get(id))
      .filter((a) => a !== undefined);
    const at = (level: OrgLevel) => line.find((a) => a.level === level) ?? null;
    return { ...nodeView(n), district: at('district'), city: at('city') };
  });
}
