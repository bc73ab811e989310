import { randomUUID } from 'node:crypto';
import type { Actor, OrgLevel } from '@duda/authz';
import { orgErrors } from '@duda/contract-org';
import { assertCan } from '@duda/service-kit';
import type { OrgDeps } from '../deps.ts';
import { assertMoveTarget, assertPlacement, pathOf, rebasedPath } from '../domain/org-tree.ts';
import { nodeView } from '../directory/views.ts';
import { recordAudit } from './audit.ts';
import { assertMaySomewhere } from './guard.ts';

interface Call {
  actor: Actor;
  requestId: string;
}

async function nodeOrFail(deps: OrgDeps, id: string) {
  const node = await deps.prisma.orgNode.findUnique({ where: { id } });
  if (!node) throw orgErrors.orgNotFound();
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
  assertMaySomewhere(call.actor, 'org.manage', orgErrors.addChildOrgDenied);
  const parent = await nodeOrFail(deps, input.parentId);
  assertCan(call.actor, 'org.manage', { orgNodeId: parent.id }, orgErrors.addChildOrgDenied);
  if (!parent.active) throw orgErrors.orgInactiveForChildren({ org: parent.name }, 'parentId');
  assertPlacement(input.level, parent.level);
  if (await deps.prisma.orgNode.findUnique({ where: { code: input.code } }))
    throw orgErrors.orgCodeTaken({ code: input.code });
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
  assertMaySomewhere(call.actor, 'org.manage', orgErrors.editOrgDenied);
  const node = await nodeOrFail(deps, input.id);
  assertCan(call.actor, 'org.manage', { orgNodeId: node.id }, orgErrors.editOrgDenied);
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
  assertMaySomewhere(call.actor, 'org.manage', orgErrors.moveOrgDenied);
  const node = await nodeOrFail(deps, input.id);
  const newParent = await nodeOrFail(deps, input.newParentId);
  assertCan(call.actor, 'org.manage', { orgNodeId: node.id }, orgErrors.moveOrgDenied);
  assertCan(call.actor, 'org.manage', { orgNodeId: newParent.id }, orgErrors.moveIntoParentDenied);
  if (node.parentId === newParent.id) throw orgErrors.alreadyUnderParent({}, 'newParentId');
  if (!newParent.active) throw orgErrors.orgInactive({ org: newParent.name }, 'newParentId');
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
  assertMaySomewhere(call.actor, 'org.manage', orgErrors.activateOrgDenied);
  const node = await nodeOrFail(deps, input.id);
  assertCan(call.actor, 'org.manage', { orgNodeId: node.id }, orgErrors.activateOrgDenied);
  if (node.active === input.active) return;
  if (!input.active) {
    const [activeChildren, activeStaff] = await Promise.all([
      deps.prisma.orgNode.count({ where: { parentId: node.id, active: true } }),
      deps.prisma.person.count({ where: { orgNodeId: node.id, status: { not: 'left' } } }),
    ]);
    if (activeChildren > 0)
      throw orgErrors.deactivateChildrenFirst({ org: node.name, count: activeChildren }, 'id');
    if (activeStaff > 0) throw orgErrors.moveStaffOutFirst({ org: node.name, count: activeStaff }, 'id');
  } else if (node.parentId) {
    const parent = await nodeOrFail(deps, node.parentId);
    if (!parent.active) throw orgErrors.activateParentFirst({ org: parent.name }, 'id');
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
