// A complaint between its row and the case rules' state: loaded under a row lock, saved with its history entry in
// the caller's transaction.
import { Prisma, type Complaint } from '../generated/prisma/client.ts';
import { database } from '../database.ts';
import type { CaseState, HistoryEntry } from './domain/types.ts';

export type Tx = Prisma.TransactionClient;

const table = Prisma.raw(`"${database.schema}"."Complaint"`);

export const stateOf = (row: Complaint): CaseState => ({
  status: row.status,
  category: row.category,
  line: { hallId: row.hallId, districtId: row.districtId, cityId: row.cityId },
  intakeBy: { personId: row.intakeById, name: row.intakeByName },
  assignee: row.assigneeId ? { personId: row.assigneeId, name: row.assigneeName ?? '' } : null,
  level: row.level,
  dueAt: row.dueAt,
});

/** The case locked for the rest of the transaction: two steps (or two escalation runs) at once go one after the other. */
export async function loadLocked(tx: Tx, id: string): Promise<Complaint | null> {
  const locked = await tx.$queryRaw<
    { id: string }[]
  >`SELECT "id" FROM ${table} WHERE "id" = ${id}::uuid FOR UPDATE`;
  return locked.length ? tx.complaint.findUnique({ where: { id } }) : null;
}

export const appendHistory = (tx: Tx, complaintId: string, entry: HistoryEntry, at: Date) =>
  tx.complaintHistory.create({
    data: {
      complaintId,
      at,
      action: entry.action,
      actorId: entry.actor?.personId ?? null,
      actorName: entry.actor?.name ?? null,
      fromStatus: entry.fromStatus,
      toStatus: entry.toStatus,
      note: entry.note,
      detail: entry.detail as Prisma.InputJsonValue,
    },
  });

/** Writes the case's new state (and what the step decided) over the locked row. */
export function saveState(
  tx: Tx,
  id: string,
  state: CaseState,
  extra: Prisma.ComplaintUpdateInput = {},
): Promise<Complaint> {
  return tx.complaint.update({
    where: { id },
    data: {
      status: state.status,
      category: state.category,
      level: state.level,
      dueAt: state.dueAt,
      assigneeId: state.assignee?.personId ?? null,
      assigneeName: state.assignee?.name ?? null,
      ...extra,
    },
  });
}
