import { can, scopeOf, type Actor } from '@duda/authz';
import { inspectionErrors } from '@duda/contract-inspection';
import type { Prisma } from '../generated/prisma/client.ts';

interface Visible {
  hallId: string;
  kind: string;
  inspectorId: string;
  assigneeIds: string[];
  mysteryPublishedAt: Date | null;
}

/** Mystery-shopper (神秘客户) results are hidden from the hall until the city publishes them. */
export const hiddenMystery = (row: Visible) => row.kind === 'MYSTERY' && row.mysteryPublishedAt === null;

/** Who may see one inspection: its inspector, assigned cross-inspectors, and the hall's supervising levels. */
export function canSeeInspection(actor: Actor, row: Visible): boolean {
  if (row.inspectorId === actor.personId) return true;
  if (hiddenMystery(row)) return can(actor, 'inspection.mystery.read', { orgNodeId: row.hallId });
  return can(actor, 'inspection.read', { orgNodeId: row.hallId, assigneeIds: row.assigneeIds });
}

export function assertCanSeeInspection(actor: Actor, row: Visible): void {
  if (!canSeeInspection(actor, row)) throw inspectionErrors.readInspectionDenied();
}

/** The same rule as a WHERE clause, for lists. */
export function visibleInspections(actor: Actor): Prisma.InspectionWhereInput {
  const readable = scopeOf(actor, 'inspection.read').orgNodeIds;
  const mystery = scopeOf(actor, 'inspection.mystery.read').orgNodeIds;
  return {
    OR: [
      { inspectorId: actor.personId },
      { assigneeIds: { has: actor.personId } },
      { hallId: { in: readable }, NOT: { kind: 'MYSTERY', mysteryPublishedAt: null } },
      { hallId: { in: mystery } },
    ],
  };
}
