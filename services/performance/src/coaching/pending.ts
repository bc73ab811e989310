// The coaching part of the area's to-dos (待办, ADR 0018): each follow-up of the caller's open plans from its date
// on, until recorded; overdue after its day.
import { pendingPage, type PendingPage } from '@duda/contract-kit';
import { chinaDateOf, endOfChinaDay } from '@duda/month';
import type { PerformanceDeps } from '../deps.ts';
import { performancePending } from '../pending/kinds.ts';
import type { Ctx } from '../ports/org-directory.ts';

export async function followUpsDue(deps: PerformanceDeps, ctx: Ctx, limit: number): Promise<PendingPage> {
  const today = chinaDateOf(deps.now());
  const rows = await deps.prisma.improvementAction.findMany({
    where: {
      followedUpAt: null,
      followUpOn: { lte: today },
      plan: { coachId: ctx.actor.personId, status: 'OPEN' },
    },
    include: { plan: { select: { id: true, personName: true, hallId: true, hallName: true } } },
    orderBy: [{ followUpOn: 'asc' }, { id: 'asc' }],
  });
  return pendingPage(
    rows.map((row) =>
      performancePending.action('coaching.followUp', {
        objectId: row.id,
        title: `${row.plan.personName} · ${row.description}`,
        orgNodeId: row.plan.hallId,
        orgName: row.plan.hallName,
        dueAt: endOfChinaDay(row.followUpOn),
        overdue: row.followUpOn < today,
        path: `coaching/plans/${row.plan.id}`,
      }),
    ),
    limit,
  );
}
