import { randomInt } from 'node:crypto';
import { ROLE_LEVEL, type Actor, type OrgLevel, type Role } from '@duda/authz';
import { orgErrors, orgLevelTerms, roleTerms, type StaffStatus } from '@duda/contract-org';
import { assertCan } from '@duda/service-kit';
import type { OrgDeps } from '../deps.ts';
import { passwordProblem } from '../domain/password-policy.ts';
import { hashPassword } from '../domain/passwords.ts';
import { recordAudit } from './audit.ts';
import { assertMaySomewhere } from './guard.ts';

interface Call {
  actor: Actor;
  requestId: string;
}

async function nodeOrFail(deps: OrgDeps, id: string, field: string) {
  const node = await deps.prisma.orgNode.findUnique({ where: { id } });
  if (!node) throw orgErrors.selectedOrgMissing({}, field);
  if (!node.active) throw orgErrors.orgInactiveForStaff({ org: node.name }, field);
  return node;
}

async function personOrFail(deps: OrgDeps, id: string) {
  const person = await deps.prisma.person.findUnique({
    where: { id },
    include: { account: true, assignments: true },
  });
  if (!person) throw orgErrors.personNotFound();
  return person;
}

/** A role must sit at the org level it belongs to (a 店面经理 at a hall, a 区县督导 at a district…). */
function assertRoleFits(role: Role, level: OrgLevel, field: string) {
  const expected = ROLE_LEVEL[role];
  if (expected && expected !== level) {
    throw orgErrors.roleAtWrongLevel(
      { role: roleTerms.term(role), level: orgLevelTerms.term(expected) },
      field,
    );
  }
}

const staffView = (p: {
  staffNo: string;
  name: string;
  phone: string | null;
  orgNodeId: string;
  position: string;
  status: string;
  hireDate: Date;
}) => ({
  staffNo: p.staffNo,
  name: p.name,
  phone: p.phone,
  orgNodeId: p.orgNodeId,
  position: p.position,
  status: p.status,
  hireDate: p.hireDate,
});

export interface NewPerson {
  staffNo: string;
  name: string;
  phone?: string | null;
  orgNodeId: string;
  position: string;
  hireDate: Date;
  roles: { role: Role; orgNodeId: string }[];
  initialPassword: string;
}

/** Creates the staff record, its login account (username = 工号, password change forced) and its roles. */
export async function createPerson(deps: OrgDeps, call: Call, input: NewPerson) {
  assertMaySomewhere(call.actor, 'person.manage', orgErrors.addPersonDenied);
  const node = await nodeOrFail(deps, input.orgNodeId, 'orgNodeId');
  assertCan(call.actor, 'person.manage', { orgNodeId: node.id }, orgErrors.addPersonDenied);
  for (const [i, r] of input.roles.entries()) {
    const roleNode = await nodeOrFail(deps, r.orgNodeId, `roles.${i}.orgNodeId`);
    assertCan(call.actor, 'person.manage', { orgNodeId: roleNode.id }, orgErrors.assignRoleDenied);
    assertRoleFits(r.role, roleNode.level, `roles.${i}.role`);
  }
  const problem = passwordProblem(
    input.initialPassword,
    { staffNo: input.staffNo, username: input.staffNo },
    'initialPassword',
  );
  if (problem) throw problem;
  if (await deps.prisma.person.findUnique({ where: { staffNo: input.staffNo } })) {
    throw orgErrors.staffNoTaken({ staffNo: input.staffNo });
  }
  const passwordHash = await hashPassword(input.initialPassword);
  return deps.prisma.$transaction(async (tx) => {
    const person = await tx.person.create({
      data: {
        staffNo: input.staffNo,
        name: input.name,
        phone: input.phone ?? null,
        orgNodeId: node.id,
        position: input.position,
        hireDate: input.hireDate,
        account: { create: { username: input.staffNo, passwordHash, mustChangePassword: true } },
        assignments: { create: input.roles.map((r) => ({ role: r.role, orgNodeId: r.orgNodeId })) },
      },
    });
    await recordAudit(tx, call.actor, call.requestId, {
      action: 'person.create',
      entityType: 'Person',
      entityId: person.id,
      after: { ...staffView(person), roles: input.roles },
    });
    return { id: person.id };
  });
}

export interface PersonChanges {
  id: string;
  name?: string;
  phone?: string | null;
  position?: string;
  /** Transfer to another hall or office. */
  orgNodeId?: string;
}

export async function updatePerson(deps: OrgDeps, call: Call, input: PersonChanges) {
  assertMaySomewhere(call.actor, 'person.manage', orgErrors.editPersonDenied);
  const person = await personOrFail(deps, input.id);
  assertCan(call.actor, 'person.manage', { orgNodeId: person.orgNodeId }, orgErrors.editPersonDenied);
  if (input.orgNodeId && input.orgNodeId !== person.orgNodeId) {
    const target = await nodeOrFail(deps, input.orgNodeId, 'orgNodeId');
    assertCan(call.actor, 'person.manage', { orgNodeId: target.id }, orgErrors.transferPersonDenied);
  }
  return deps.prisma.$transaction(async (tx) => {
    const updated = await tx.person.update({
      where: { id: person.id },
      data: {
        ...(input.name !== undefined ? { name: input.name } : {}),
        ...(input.phone !== undefined ? { phone: input.phone } : {}),
        ...(input.position !== undefined ? { position: input.position } : {}),
        ...(input.orgNodeId !== undefined ? { orgNodeId: input.orgNodeId } : {}),
      },
    });
    await recordAudit(tx, call.actor, call.requestId, {
      action: 'person.update',
      entityType: 'Person',
      entityId: person.id,
      before: staffView(person),
      after: staffView(updated),
    });
    return { id: updated.id };
  });
}

/** Leave (离职) disables the account and ends its sessions; coming back re-enables it. */
export async function setPersonStatus(deps: OrgDeps, call: Call, input: { id: string; status: StaffStatus }) {
  assertMaySomewhere(call.actor, 'person.manage', orgErrors.editPersonDenied);
  const person = await personOrFail(deps, input.id);
  assertCan(call.actor, 'person.manage', { orgNodeId: person.orgNodeId }, orgErrors.editPersonDenied);
  if (person.id === call.actor.personId && input.status === 'left')
    throw orgErrors.cannotDisableSelf({}, 'status');
  const now = deps.now();
  await deps.prisma.$transaction(async (tx) => {
    await tx.person.update({ where: { id: person.id }, data: { status: input.status } });
    if (person.account) {
      await tx.account.update({
        where: { id: person.account.id },
        data: { disabled: input.status === 'left' },
      });
      if (input.status === 'left') {
        await tx.session.updateMany({
          where: { accountId: person.account.id, revokedAt: null },
          data: { revokedAt: now },
        });
      }
    }
    await recordAudit(tx, call.actor, call.requestId, {
      action: 'person.status',
      entityType: 'Person',
      entityId: person.id,
      before: { status: person.status },
      after: { status: input.status },
    });
  });
  // Ended here at once; other processes hear of it from the rows' announcements (session-cache.ts).
  deps.sessions.forgetPerson(person.id);
}

export async function assignRole(
  deps: OrgDeps,
  call: Call,
  input: { personId: string; role: Role; orgNodeId: string },
) {
  assertMaySomewhere(call.actor, 'person.manage', orgErrors.assignRoleDenied);
  const person = await personOrFail(deps, input.personId);
  // Both ends are the admin's: the person (an admin of one district may not hand its roles to the staff of
  // another) and the place the role holds at.
  assertCan(call.actor, 'person.manage', { orgNodeId: person.orgNodeId }, orgErrors.assignRoleDenied);
  const node = await nodeOrFail(deps, input.orgNodeId, 'orgNodeId');
  assertCan(call.actor, 'person.manage', { orgNodeId: node.id }, orgErrors.assignRoleDenied);
  assertRoleFits(input.role, node.level, 'role');
  if (person.assignments.some((a) => a.role === input.role && a.orgNodeId === node.id)) {
    throw orgErrors.roleAlreadyHeld({
      person: person.name,
      org: node.name,
      role: roleTerms.term(input.role),
    });
  }
  return deps.prisma.$transaction(async (tx) => {
    const assignment = await tx.roleAssignment.create({
      data: { personId: person.id, role: input.role, orgNodeId: node.id },
    });
    await recordAudit(tx, call.actor, call.requestId, {
      action: 'role.assign',
      entityType: 'RoleAssignment',
      entityId: assignment.id,
      after: { personId: person.id, role: input.role, orgNodeId: node.id },
    });
    return { id: assignment.id };
  });
}

export async function revokeRole(deps: OrgDeps, call: Call, input: { assignmentId: string }) {
  assertMaySomewhere(call.actor, 'person.manage', orgErrors.revokeRoleDenied);
  const assignment = await deps.prisma.roleAssignment.findUnique({ where: { id: input.assignmentId } });
  if (!assignment) throw orgErrors.roleAssignmentNotFound();
  // Both ends are the admin's, as when a role is given: the place it holds at, and the person who holds it (an
  // admin of one district may not strip a role in it from the staff of another, nor one elsewhere from its own).
  assertCan(call.actor, 'person.manage', { orgNodeId: assignment.orgNodeId }, orgErrors.revokeRoleDenied);
  const holder = await personOrFail(deps, assignment.personId);
  assertCan(call.actor, 'person.manage', { orgNodeId: holder.orgNodeId }, orgErrors.revokeRoleDenied);
  if (assignment.personId === call.actor.personId && assignment.role === 'admin') {
    throw orgErrors.cannotRevokeOwnAdmin({}, 'assignmentId');
  }
  await deps.prisma.$transaction(async (tx) => {
    await tx.roleAssignment.delete({ where: { id: assignment.id } });
    await recordAudit(tx, call.actor, call.requestId, {
      action: 'role.revoke',
      entityType: 'RoleAssignment',
      entityId: assignment.id,
      before: { personId: assignment.personId, role: assignment.role, orgNodeId: assignment.orgNodeId },
    });
  });
}

const TEMP_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

/** A temporary password that always satisfies the policy (letters and digits). */
function temporaryPassword(): string {
  const body = Array.from({ length: 8 }, () => TEMP_ALPHABET[randomInt(TEMP_ALPHABET.length)]).join('');
  return `${body}${randomInt(10)}a`;
}

/**
 * Sets a temporary password (returned once, to be handed over in person), unlocks the account, ends its
 * sessions and forces a change at the next login.
 */
export async function resetPassword(
  deps: OrgDeps,
  call: Call,
  input: { personId: string },
): Promise<{ temporaryPassword: string }> {
  assertMaySomewhere(call.actor, 'person.manage', orgErrors.resetPasswordDenied);
  const person = await personOrFail(deps, input.personId);
  assertCan(call.actor, 'person.manage', { orgNodeId: person.orgNodeId }, orgErrors.resetPasswordDenied);
  if (!person.account) throw orgErrors.noAccount({}, 'personId');
  const password = temporaryPassword();
  const passwordHash = await hashPassword(password);
  const now = deps.now();
  const account = person.account;
  await deps.prisma.$transaction(async (tx) => {
    await tx.account.update({
      where: { id: account.id },
      data: {
        passwordHash,
        mustChangePassword: true,
        failedAttempts: 0,
        lockedUntil: null,
        passwordChangedAt: now,
      },
    });
    await tx.session.updateMany({
      where: { accountId: account.id, revokedAt: null },
      data: { revokedAt: now },
    });
    // A reset often follows a suspected compromise: no browser stays trusted past it (ADR 0011).
    await tx.trustedDevice.deleteMany({ where: { accountId: account.id } });
    await recordAudit(tx, call.actor, call.requestId, {
      action: 'account.resetPassword',
      entityType: 'Account',
      entityId: account.id,
      after: { mustChangePassword: true, unlocked: true },
    });
  });
  deps.sessions.forgetPerson(person.id);
  return { temporaryPassword: password };
}
