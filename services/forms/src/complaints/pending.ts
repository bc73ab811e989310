// The cases waiting for the caller, for `forms.pending.mine` (the portal's to-do inbox, ADR 0018): those they may
// take a step on now — as assignee, as the hall manager, or as the supervisor a case was escalated to.
import type { Actor } from '@duda/authz';
import { definePendingKinds, type PendingAction } from '@duda/contract-kit';
import type { FormsDeps } from '../deps.ts';
import { caseActor, managedWhere } from './access.ts';
import { nextSteps } from './domain/case.ts';
import { isOverdue } from './domain/limits.ts';
import { stateOf } from './store.ts';

export const complaintPendingKinds = definePendingKinds('forms', {
  'complaint.classify': { 'zh-CN': '分派投诉', en: 'Assign a complaint' },
  'complaint.handle': { 'zh-CN': '处理投诉', en: 'Handle a complaint' },
  'complaint.close': { 'zh-CN': '投诉结案', en: 'Close a complaint' },
});

const kindOf = (step: string) =>
  step === 'CLASSIFY' ? 'complaint.classify' : step === 'CLOSE' ? 'complaint.close' : 'complaint.handle';

/** Where a case opens in the forms remote. */
export const complaintPath = (id: string) => `complaints/${id}`;

export async function myPendingComplaints(
  deps: Pick<FormsDeps, 'prisma' | 'now'>,
  actor: Actor,
): Promise<PendingAction[]> {
  const now = deps.now();
  const rows = await deps.prisma.complaint.findMany({
    where: { status: { not: 'CLOSED' }, OR: [{ assigneeId: actor.personId }, ...managedWhere(actor)] },
  });
  return rows.flatMap((row) => {
    const [step] = nextSteps(stateOf(row), caseActor(actor));
    if (!step) return [];
    return [
      complaintPendingKinds.action(kindOf(step), {
        objectId: row.id,
        title: `#${row.number} ${row.description.slice(0, 40)}`,
        orgNodeId: row.hallId,
        orgName: row.hallName,
        dueAt: row.dueAt,
        overdue: isOverdue(row, now),
        path: complaintPath(row.id),
      }),
    ];
  });
}
