// The overdue job's work (超期标记): orders the hall has let pass their deadline are marked, each once, and
// announced with rectification.overdue. Whether an order is overdue *now* stays the domain rule (isOverdue:
// held by the hall, deadline passed) that every read applies; the mark records that the event went out.
import { recordEvent } from '@duda/events';
import type { InspectionDeps } from '../deps.ts';
import { rectificationOverdue } from '../events/domain-events.ts';
import type { Prisma } from '../generated/prisma/client.ts';

/** Orders the hall holds (待整改, 已退回重改) past their deadline: `isOverdue` as a query, for every read. */
export const overdueOrders = (now: Date) =>
  ({
    status: { in: ['OPEN', 'REJECTED_BACK'] },
    deadline: { lt: now },
  }) satisfies Prisma.RectificationOrderWhereInput;

/** Marks the orders newly overdue and records one event each; returns how many it marked. */
export async function markOverdueOrders(deps: Pick<InspectionDeps, 'prisma' | 'now'>): Promise<number> {
  const now = deps.now();
  return deps.prisma.$transaction(async (tx) => {
    // Two runs at once cannot both claim an order: the second UPDATE waits for the first and then
    // re-reads overdueAt, which is no longer null.
    const marked = await tx.rectificationOrder.updateManyAndReturn({
      where: { ...overdueOrders(now), overdueAt: null },
      data: { overdueAt: now },
    });
    for (const order of marked)
      await recordEvent(tx, rectificationOverdue, {
        orderId: order.id,
        inspectionId: order.inspectionId,
        hallId: order.hallId,
        districtId: order.districtId,
        cityId: order.cityId,
        month: order.month,
        severity: order.severity,
        deadline: order.deadline.toISOString(),
        markedAt: now.toISOString(),
        hallName: order.hallName,
        itemTitle: order.itemTitle,
      });
    return marked.length;
  });
}
