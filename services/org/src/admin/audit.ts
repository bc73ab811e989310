import { scopeOf, type Actor } from '@duda/authz';
import { skipTake, type Page, type PageInput } from '@duda/service-kit';
import type { OrgDeps } from '../deps.ts';
import type { AuditEntry, Prisma } from '../generated/prisma/client.ts';

export type Tx = Prisma.TransactionClient;

export interface AuditRecord {
  action: string;
  entityType: 'OrgNode' | 'Person' | 'Account' | 'RoleAssignment' | 'StaffSystemId';
  entityId: string;
  before?: unknown;
  after?: unknown;
}

const json = (value: unknown) =>
  value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue);

/** An entry's row, for a change that writes many at once (an import) with `createMany`. */
export const auditEntryData = (actor: Actor, requestId: string, record: AuditRecord) => ({
  actorPersonId: actor.personId,
  requestId,
  action: record.action,
  entityType: record.entityType,
  entityId: record.entityId,
  before: json(record.before),
  after: json(record.after),
});

/** Written in the same transaction as the change it describes, so there is never a change without its entry. */
export async function recordAudit(
  tx: Tx,
  actor: Actor,
  requestId: string,
  record: AuditRecord,
): Promise<void> {
  await tx.auditEntry.create({ data: auditEntryData(actor, requestId, record) });
}

/** A sign-in event (登录): who tried from where. The attempted password is never part of it. */
export interface SignInRecord {
  action: 'account.login' | 'account.loginFailed' | 'account.locked';
  /** The account's id, or for an unknown user the name that was tried. */
  entityId: string;
  personId: string | null;
  ip: string;
  userAgent: string;
  /** Why a login failed (wrongPassword, unknownUser, paused, disabled), the count it reached and where it
   * was counted (the trusted device, the account for new devices, or the unknown name). */
  detail?: { reason?: string; failedAttempts?: number; counter?: 'device' | 'account' | 'name' };
}

/** Written by the login itself, in the transaction of the failure count where one is written. */
export async function recordSignIn(tx: Tx, record: SignInRecord): Promise<void> {
  await tx.auditEntry.create({
    data: {
      actorPersonId: record.personId,
      action: record.action,
      entityType: 'Account',
      entityId: record.entityId.slice(0, 100),
      after: json({ ip: record.ip, userAgent: record.userAgent.slice(0, 300), ...record.detail }),
    },
  });
}

export interface AuditView {
  id: string;
  at: Date;
  actorPersonId: string | null;
  actorName: string | null;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
  requestId: string | null;
}

export interface AuditFilter {
  actorPersonId?: string | null;
  action?: string | null;
  entityType?: string | null;
  entityId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

/**
 * Which entries of the audit log an admin may read — those made by people in their scope — narrowed by the
 * filter; with the names of those people, for the rows.
 */
export async function auditQuery(deps: OrgDeps, actor: Actor, filter: AuditFilter) {
  const { orgNodeIds } = scopeOf(actor, 'audit.read');
  const actors = await deps.prisma.person.findMany({
    where: { orgNodeId: { in: orgNodeIds } },
    select: { id: true, name: true },
  });
  const names = new Map(actors.map((a) => [a.id, a.name]));
  // Entries with no person (logins under names that are no account) belong to no org node: only an admin
  // of the whole organisation sees them — they are how a guessing attack shows.
  const root = await deps.prisma.orgNode.findFirst({ where: { parentId: null }, select: { id: true } });
  const seesUnattributed = root !== null && orgNodeIds.includes(root.id);
  const where: Prisma.AuditEntryWhereInput = {
    OR: [
      { actorPersonId: { in: [...names.keys()] } },
      ...(seesUnattributed ? [{ actorPersonId: null }] : []),
    ],
    ...(filter.actorPersonId ? { actorPersonId: filter.actorPersonId } : {}),
    ...(filter.action ? { action: filter.action } : {}),
    ...(filter.entityType ? { entityType: filter.entityType } : {}),
    ...(filter.entityId ? { entityId: filter.entityId } : {}),
    ...(filter.from || filter.to
      ? { at: { ...(filter.from ? { gte: filter.from } : {}), ...(filter.to ? { lte: filter.to } : {}) } }
      : {}),
  };
  const view = (r: AuditEntry): AuditView => ({
    id: r.id.toString(),
    at: r.at,
    actorPersonId: r.actorPersonId,
    actorName: r.actorPersonId ? (names.get(r.actorPersonId) ?? null) : null,
    action: r.action,
    entityType: r.entityType,
    entityId: r.entityId,
    before: r.before,
    after: r.after,
    requestId: r.requestId,
  });
  return { where, view };
}

/** The audit log, for admins: entries made by people in their scope. */
export async function listAudit(
  deps: OrgDeps,
  actor: Actor,
  filter: PageInput & AuditFilter,
): Promise<Page<AuditView>> {
  const { where, view } = await auditQuery(deps, actor, filter);
  const [rows, total] = await Promise.all([
    deps.prisma.auditEntry.findMany({ where, orderBy: { id: 'desc' }, ...skipTake(filter) }),
    deps.prisma.auditEntry.count({ where }),
  ]);
  const items = rows.map(view);
  return { items, total, page: filter.page, pageSize: filter.pageSize };
}
