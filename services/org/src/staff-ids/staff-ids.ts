// Business-system IDs issued to staff (营业厅工号, 表5): an administrator issues a system's login ID to a member of
// staff of a unit they manage, suspends it with a reason, restores it, or revokes it for good (kept, never
// reused). Every change is in the audit log with before and after, in the change's own transaction.
import { scopeOf, type Actor } from '@duda/authz';
import { orgErrors, staffIdErrors, type StaffIdStatus } from '@duda/contract-org';
import { assertCan, skipTake, type Page, type PageInput } from '@duda/service-kit';
import { recordAudit, type Tx } from '../admin/audit.ts';
import { assertMaySomewhere } from '../admin/guard.ts';
import type { OrgDeps } from '../deps.ts';
import type { Prisma, StaffSystemId } from '../generated/prisma/client.ts';

interface Call {
  actor: Actor;
  requestId: string;
}

export interface StaffIdView {
  id: string;
  system: string;
  loginId: string;
  personId: string;
  personName: string;
  staffNo: string;
  orgNodeId: string;
  orgName: string;
  status: StaffIdStatus;
  issuedAt: Date;
  suspendedAt: Date | null;
  revokedAt: Date | null;
  reason: string | null;
}

const withNames = { person: { select: { name: true, staffNo: true } }, orgNode: { select: { name: true } } };

type Row = StaffSystemId & { person: { name: string; staffNo: string }; orgNode: { name: string } };

const view = (r: Row): StaffIdView => ({
  id: r.id,
  system: r.system,
  loginId: r.loginId,
  personId: r.personId,
  personName: r.person.name,
  staffNo: r.person.staffNo,
  orgNodeId: r.orgNodeId,
  orgName: r.orgNode.name,
  status: r.status,
  issuedAt: r.issuedAt,
  suspendedAt: r.suspendedAt,
  revokedAt: r.revokedAt,
  reason: r.reason,
});

/** What the audit entry keeps of a record: its state, not the names looked up beside it. */
const audited = (r: StaffSystemId) => ({
  system: r.system,
  loginId: r.loginId,
  personId: r.personId,
  orgNodeId: r.orgNodeId,
  status: r.status,
  issuedAt: r.issuedAt,
  suspendedAt: r.suspendedAt,
  revokedAt: r.revokedAt,
  reason: r.reason,
});

export interface StaffIdFilter extends PageInput {
  q?: string | null;
  orgNodeId?: string | null;
  status?: StaffIdStatus | null;
}

/** The IDs of the units the administrator manages, newest first, by system, ID, person or 工号. */
export async function listStaffIds(
  deps: OrgDeps,
  actor: Actor,
  filter: StaffIdFilter,
): Promise<Page<StaffIdView>> {
  assertMaySomewhere(actor, 'person.manage', staffIdErrors.manageDenied);
  const { orgNodeIds } = scopeOf(actor, 'person.manage');
  const where: Prisma.StaffSystemIdWhereInput = {
    AND: [
      { orgNodeId: { in: orgNodeIds } },
      filter.orgNodeId ? { orgNodeId: filter.orgNodeId } : {},
      filter.status ? { status: filter.status } : {},
      filter.q
        ? {
            OR: [
              { loginId: { contains: filter.q } },
              { system: { contains: filter.q } },
              { person: { name: { contains: filter.q } } },
              { person: { staffNo: { contains: filter.q } } },
            ],
          }
        : {},
    ],
  };
  const [rows, total] = await Promise.all([
    deps.prisma.staffSystemId.findMany({
      where,
      include: withNames,
      orderBy: [{ issuedAt: 'desc' }, { id: 'asc' }],
      ...skipTake(filter),
    }),
    deps.prisma.staffSystemId.count({ where }),
  ]);
  return { items: rows.map(view), total, page: filter.page, pageSize: filter.pageSize };
}

export interface NewStaffId {
  system: string;
  loginId: string;
  personId: string;
  issuedAt?: Date;
}

/** Issues a system's ID to a person of a unit the administrator manages, at the person's own unit. */
export async function issueStaffId(deps: OrgDeps, call: Call, input: NewStaffId): Promise<StaffIdView> {
  assertMaySomewhere(call.actor, 'person.manage', staffIdErrors.manageDenied);
  const person = await deps.prisma.person.findUnique({ where: { id: input.personId } });
  if (!person) throw orgErrors.personNotFound();
  assertCan(call.actor, 'person.manage', { orgNodeId: person.orgNodeId }, staffIdErrors.manageDenied);
  if (person.status === 'left') throw staffIdErrors.holderInactive({ name: person.name }, 'personId');
  const taken = await deps.prisma.staffSystemId.findUnique({
    where: { system_loginId: { system: input.system, loginId: input.loginId } },
  });
  if (taken) throw staffIdErrors.taken({ system: input.system, loginId: input.loginId }, 'loginId');
  return deps.prisma.$transaction(async (tx) => {
    const created = await tx.staffSystemId.create({
      data: {
        system: input.system,
        loginId: input.loginId,
        personId: person.id,
        orgNodeId: person.orgNodeId,
        issuedAt: input.issuedAt ?? deps.now(),
      },
      include: withNames,
    });
    await recordAudit(tx, call.actor, call.requestId, {
      action: 'staffId.issue',
      entityType: 'StaffSystemId',
      entityId: created.id,
      after: audited(created),
    });
    return view(created);
  });
}

/** One record's change: found, in the administrator's units, allowed from its status, audited before/after. */
async function change(
  deps: OrgDeps,
  call: Call,
  id: string,
  action: string,
  next: (current: StaffSystemId, now: Date) => Prisma.StaffSystemIdUpdateManyMutationInput,
): Promise<StaffIdView> {
  assertMaySomewhere(call.actor, 'person.manage', staffIdErrors.manageDenied);
  const current = await deps.prisma.staffSystemId.findUnique({ where: { id } });
  if (!current) throw staffIdErrors.notFound();
  assertCan(call.actor, 'person.manage', { orgNodeId: current.orgNodeId }, staffIdErrors.manageDenied);
  const data = next(current, deps.now());
  return deps.prisma.$transaction(async (tx: Tx) => {
    // Only from the state it was read in: two administrators at once change it once.
    const { count } = await tx.staffSystemId.updateMany({
      where: { id, status: current.status, updatedAt: current.updatedAt },
      data,
    });
    if (count === 0) throw staffIdErrors.notFound();
    const updated = await tx.staffSystemId.findUniqueOrThrow({ where: { id }, include: withNames });
    await recordAudit(tx, call.actor, call.requestId, {
      action,
      entityType: 'StaffSystemId',
      entityId: id,
      before: audited(current),
      after: audited(updated),
    });
    return view(updated);
  });
}

export const suspendStaffId = (deps: OrgDeps, call: Call, input: { id: string; reason: string }) =>
  change(deps, call, input.id, 'staffId.suspend', (current, now) => {
    if (current.status !== 'issued') throw staffIdErrors.notIssued();
    return { status: 'suspended', suspendedAt: now, reason: input.reason };
  });

export const restoreStaffId = (deps: OrgDeps, call: Call, input: { id: string }) =>
  change(deps, call, input.id, 'staffId.restore', (current) => {
    if (current.status !== 'suspended') throw staffIdErrors.notSuspended();
    return { status: 'issued', suspendedAt: null, reason: null };
  });

export const revokeStaffId = (deps: OrgDeps, call: Call, input: { id: string; reason: string }) =>
  change(deps, call, input.id, 'staffId.revoke', (current, now) => {
    if (current.status === 'revoked') throw staffIdErrors.alreadyRevoked();
    return { status: 'revoked', revokedAt: now, reason: input.reason };
  });
