// An approval instance between its rows and the engine's state: loaded under a row lock, saved as the difference
// (new tasks created, changed tasks updated, history appended), all in the caller's transaction.
import type { ApproverLevel, ApproverRole } from '@duda/contract-forms';
import { Prisma } from '../generated/prisma/client.ts';
import type { ApprovalTask } from '../generated/prisma/client.ts';
import { database } from '../database.ts';
import type { Assignee, HistoryEntry, InstanceState, PersonRef, ResolvedFlow, Task } from './domain/types.ts';

export type Tx = Prisma.TransactionClient;

const table = (name: string) => Prisma.raw(`"${database.schema}"."${name}"`);

/** An instance as stored, with the facts around its state (subject, title, org node). */
export interface StoredInstance {
  id: string;
  subjectType: string;
  subjectId: string;
  title: string;
  orgNodeId: string;
  orgName: string;
  state: InstanceState;
}

/**
 * The instance locked for the rest of the transaction: two approvers acting at once on the same instance run one
 * after the other, and the second sees what the first did (或签: the task already handled).
 */
export async function loadLocked(tx: Tx, instanceId: string): Promise<StoredInstance | null> {
  const locked = await tx.$queryRaw<{ id: string }[]>`
    SELECT "id" FROM ${table('ApprovalInstance')} WHERE "id" = ${instanceId}::uuid FOR UPDATE`;
  return locked.length ? load(tx, instanceId) : null;
}

export async function load(tx: Tx, instanceId: string): Promise<StoredInstance | null> {
  const row = await tx.approvalInstance.findUnique({
    where: { id: instanceId },
    include: { tasks: { orderBy: [{ activatedAt: 'asc' }, { id: 'asc' }] } },
  });
  if (!row) return null;
  return {
    id: row.id,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    title: row.title,
    orgNodeId: row.orgNodeId,
    orgName: row.orgName,
    state: {
      status: row.status,
      stageIndex: row.stageIndex,
      round: row.round,
      submissionRound: row.submissionRound,
      submitter: { personId: row.submitterId, name: row.submitterName },
      flow: row.flow as unknown as ResolvedFlow,
      cc: row.cc as unknown as PersonRef[],
      tasks: row.tasks.map(taskOf),
      lastRemindAt: row.lastRemindAt,
    },
  };
}

/** Writes what changed from `before` to `after`, and appends the history. */
export async function save(
  tx: Tx,
  instanceId: string,
  before: InstanceState | null,
  after: InstanceState,
  history: readonly HistoryEntry[],
  now: Date,
): Promise<void> {
  const old = new Map((before?.tasks ?? []).map((t) => [t.id, t]));
  const created = after.tasks.filter((t) => !old.has(t.id));
  const changed = after.tasks.filter((t) => old.has(t.id) && !sameTask(old.get(t.id)!, t));
  const ended = after.status === 'APPROVED' || after.status === 'REJECTED' || after.status === 'WITHDRAWN';
  await tx.approvalInstance.update({
    where: { id: instanceId },
    data: {
      status: after.status,
      stageIndex: after.stageIndex,
      round: after.round,
      submissionRound: after.submissionRound,
      cc: after.cc as unknown as Prisma.InputJsonValue,
      lastRemindAt: after.lastRemindAt,
      endedAt: ended ? (before?.status === after.status ? undefined : now) : null,
    },
  });
  if (created.length) await tx.approvalTask.createMany({ data: created.map((t) => rowOf(instanceId, t)) });
  for (const t of changed) {
    const { id: _id, instanceId: _instance, ...data } = rowOf(instanceId, t);
    await tx.approvalTask.update({ where: { id: t.id }, data });
  }
  if (history.length)
    await tx.approvalHistory.createMany({
      data: history.map((h) => ({
        instanceId,
        at: h.at,
        action: h.action,
        actorId: h.actor?.personId ?? null,
        actorName: h.actor?.name ?? null,
        onBehalfOfId: h.onBehalfOf?.personId ?? null,
        onBehalfOfName: h.onBehalfOf?.name ?? null,
        taskId: h.taskId,
        stepKey: h.stepKey,
        comment: h.comment,
        detail: h.detail as Prisma.InputJsonValue,
      })),
    });
}

const sameTask = (a: Task, b: Task) => JSON.stringify(a) === JSON.stringify(b);

export function assigneeOf(row: ApprovalTask): Assignee {
  return row.assigneePersonId
    ? { kind: 'person', personId: row.assigneePersonId, name: row.assigneeName }
    : {
        kind: 'role',
        role: row.assigneeRole as ApproverRole,
        level: row.assigneeLevel as ApproverLevel,
        orgNodeId: row.assigneeOrgNodeId!,
        orgName: row.assigneeName,
      };
}

const personOr = (id: string | null, name: string | null): PersonRef | null =>
  id ? { personId: id, name: name ?? '' } : null;

export function taskOf(row: ApprovalTask): Task {
  return {
    id: row.id,
    stepKey: row.stepKey,
    stageIndex: row.stageIndex,
    round: row.round,
    origin: row.origin,
    parentTaskId: row.parentTaskId,
    assignee: assigneeOf(row),
    status: row.status,
    activatedAt: row.activatedAt,
    dueAt: row.dueAt,
    remindAt: row.remindAt,
    remindedAt: row.remindedAt,
    actedBy: personOr(row.actedById, row.actedByName),
    actedFor: personOr(row.actedForId, row.actedForName),
    actedAt: row.actedAt,
    comment: row.comment,
  };
}

function rowOf(instanceId: string, t: Task) {
  const a = t.assignee;
  return {
    id: t.id,
    instanceId,
    stepKey: t.stepKey,
    stageIndex: t.stageIndex,
    round: t.round,
    origin: t.origin,
    parentTaskId: t.parentTaskId,
    status: t.status,
    assigneePersonId: a.kind === 'person' ? a.personId : null,
    assigneeRole: a.kind === 'role' ? a.role : null,
    assigneeLevel: a.kind === 'role' ? a.level : null,
    assigneeOrgNodeId: a.kind === 'role' ? a.orgNodeId : null,
    assigneeName: a.kind === 'person' ? a.name : a.orgName,
    activatedAt: t.activatedAt,
    dueAt: t.dueAt,
    remindAt: t.remindAt,
    remindedAt: t.remindedAt,
    actedById: t.actedBy?.personId ?? null,
    actedByName: t.actedBy?.name ?? null,
    actedForId: t.actedFor?.personId ?? null,
    actedForName: t.actedFor?.name ?? null,
    actedAt: t.actedAt,
    comment: t.comment,
  };
}
