import { randomUUID } from 'node:crypto';
import type { Actor, OrgLevel } from '@duda/authz';
import { assertCan, badRequest, conflict, notFound } from '@duda/service-kit';
import type { OrgDeps } from '../deps.ts';
import { assertMoveTarget, assertPlacement, pathOf, rebasedPath } from '../domain/org-tree.ts';
import { nodeView } from '../directory/views.ts';
import { recordAudit } from './audit.ts';

interface Call {
  actor: Actor;
  requestId: string;
}

async function nodeOrFail(deps: OrgDeps, id: string) {
  const node = await deps.prisma.orgNode.findUnique({ where: { id } });
  if (!node) throw notFound('组织不存在');
  return node;
}

export interface NewNode {
  parentId: string;
  code: string;
  name: string;
  level: OrgLevel;
  address?: string | null;
}

export async function createNode(deps: OrgDeps, call: Call, input: NewNode) {
  const parent = await nodeOrFail(deps, input.parentId);
  assertCan(call.actor, 'org.manage', { orgNodeId: parent.id }, '您无权在该组织下新增下级组织');
  if (!parent.active) throw badRequest(`${parent.name}已停用，不能新增下级组织`, 'parentId');
  assertPlacement(input.level, parent.level);
  if (await deps.prisma.orgNode.findUnique({ where: { code: input.code } }))
    throw conflict(`组织编码 ${input.code} 已存在`);
  const id = randomUUID();
  return deps.prisma.$transaction(async (tx) => {
    const node = await tx.orgNode.create({
      data: {
        id,
        code: input.code,
        name: input.name,
        level: input.level,
        parentId: parent.id,
        path: pathOf(parent.path, id),
        address: input.address ?? null,
      },
    });
    await recordAudit(tx, call.actor, call.requestId, {
      action: 'org.create',
      entityType: 'OrgNode',
      entityId: id,
      after: nodeView(node),
    });
    return { id };
  });
}

export async function updateNode(
  deps: OrgDeps,
  call: Call,
  input: { id: string; name?: string; address?: string | null },
) {
  const node = await nodeOrFail(deps, input.id);
  assertCan(call.actor, 'org.manage', { orgNodeId: node.id }, '您无权修改该组织');
  await deps.prisma.$transaction(async (tx) => {
    const updated = await tx.orgNode.update({
      where: { id: node.id },
      data: {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.address !== undefined ? { address: input.address } : {}),
      },
    });
    await recordAudit(tx, call.actor, call.requestId, {
      action: 'org.update',
      entityType: 'OrgNode',
      entityId: node.id,
      before: nodeView(node),
      after: nodeView(updated),
    });
  });
}

/**
 * Re-parents a node with its whole subtree (e.g. a hall moving to another district). The move is kept in
 * OrgNodeMove; records of other services keep the district they were made under.
 */
export async function moveNode(deps: OrgDeps, call: Call, input: { id: string; newParentId: string }) {
  const node = await nodeOrFail(deps, input.id);
  const newParent = await nodeOrFail(deps, input.newParentId);
  assertCan(call.actor, 'org.manage', { orgNodeId: node.id }, '您无权移动该组织');
  assertCan(call.actor, 'org.manage', { orgNodeId: newParent.id }, '您无权把组织移入目标上级组织');
  if (node.parentId === newParent.id) throw badRequest('该组织已经在目标上级组织下', 'newParentId');
  if (!newParent.active) throw badRequest(`${newParent.name}已停用`, 'newParentId');
  assertMoveTarget(node.path, newParent.path);
  assertPlacement(node.level, newParent.level);
  const oldPrefix = node.path;
  const newPrefix = pathOf(newParent.path, node.id);
  await deps.prisma.$transaction(async (tx) => {
    const subtree = await tx.orgNode.findMany({
      where: { path: { startsWith: oldPrefix } },
      select: { id: true, path: true },
    });
    for (const n of subtree) {
      await tx.orgNode.update({
        where: { id: n.id },
        data: { path: rebasedPath(n.path, oldPrefix, newPrefix) },
      });
    }
    await tx.orgNode.update({ where: { id: node.id }, data: { parentId: newParent.id } });
    await tx.orgNodeMove.create({
      data: {
        nodeId: node.id,
        fromParentId: node.parentId,
        toParentId: newParent.id,
        movedAt: deps.now(),
        movedByPerson: call.actor.personId,
      },
    });
    await recordAudit(tx, call.actor, call.requestId, {
      action: 'org.move',
      entityType: 'OrgNode',
      entityId: node.id,
      before: { parentId: node.parentId },
      after: { parentId: newParent.id },
    });
  });
}

/** Deactivation keeps the node and its history; it needs the node to be empty of active staff and units. */
export async function setNodeActive(deps: OrgDeps, call: Call, input: { id: string; active: boolean }) {
  const node = await nodeOrFail(deps, input.id);
  assertCan(call.actor, 'org.manage', { orgNodeId: node.id }, '您无权停用或启用该组织');
  if (node.active === input.active) return;
  if (!input.active) {
    const [activeChildren, activeStaff] = await Promise.all([
      deps.prisma.orgNode.count({ where: { parentId: node.id, active: true } }),
      deps.prisma.person.count({ where: { orgNodeId: node.id, status: { not: 'left' } } }),
    ]);
    if (activeChildren > 0) throw badRequest(`请先停用${node.name}下的 ${activeChildren} 个下级组织`, 'id');
    if (activeStaff > 0) throw badRequest(`${node.name}还有 ${activeStaff} 名在职员工，请先调出`, 'id');
  } else if (node.parentId) {
    const parent = await nodeOrFail(deps, node.parentId);
    if (!parent.active) throw badRequest(`请先启用上级组织${parent.name}`, 'id');
  }
  const now = deps.now();
  await deps.prisma.$transaction(async (tx) => {
    await tx.orgNode.update({
      where: { id: node.id },
      data: { active: input.active, deactivatedAt: input.active ? null : now },
    });
    await recordAudit(tx, call.actor, call.requestId, {
      action: input.active ? 'org.activate' : 'org.deactivate',
      entityType: 'OrgNode',
      entityId: node.id,
      before: { active: node.active },
      after: { active: input.active },
    });
  });
}
