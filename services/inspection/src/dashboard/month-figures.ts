// `inspection.figures.month`: a unit's month of scored inspections and rectification orders, hall by hall, for other
// services — the performance area's monthly run scores halls and their staff from it and shows each record as the
// evidence behind a figure. Those who read the unit's inspections may ask; a mystery-shopper visit counts only once
// published, as in the rankings.
import { can, type Actor } from '@duda/authz';
import { inspectionErrors, SCORED_KINDS } from '@duda/contract-inspection';
import type { CallerContext } from '@duda/service-kit';
import type { InspectionDeps } from '../deps.ts';
import { placeOrFail } from '../ports/org-directory.ts';

export interface MonthFigures {
  inspections: {
    id: string;
    hallId: string;
    hallName: string;
    kind: string;
    inspectedOn: string;
    total: number | null;
    vetoed: boolean | null;
  }[];
  orders: {
    id: string;
    hallId: string;
    inspectionId: string;
    itemTitle: string;
    status: string;
    deadline: Date;
    closedAt: Date | null;
    /** Held by the hall past its deadline now, or marked so by the overdue job before it was answered. */
    overdue: boolean;
  }[];
}

export async function monthFigures(
  deps: InspectionDeps,
  ctx: CallerContext & { actor: Actor },
  input: { orgNodeId: string; month: string },
): Promise<MonthFigures> {
  if (!can(ctx.actor, 'inspection.read', { orgNodeId: input.orgNodeId }))
    throw inspectionErrors.readFiguresDenied();
  const place = await placeOrFail(deps.org, ctx, input.orgNodeId, 'orgNodeId');
  if (place.level === 'province') throw inspectionErrors.dashboardScopeLevel({}, 'orgNodeId');
  const unit = {
    [place.level === 'city' ? 'cityId' : place.level === 'district' ? 'districtId' : 'hallId']: place.id,
  };
  const now = deps.now();
  const [inspections, orders] = await Promise.all([
    deps.prisma.inspection.findMany({
      where: {
        ...unit,
        month: input.month,
        status: 'SUBMITTED',
        kind: { in: [...SCORED_KINDS] },
        NOT: { kind: 'MYSTERY', mysteryPublishedAt: null },
      },
      select: {
        id: true,
        hallId: true,
        hallName: true,
        kind: true,
        inspectedOn: true,
        total: true,
        vetoed: true,
      },
      orderBy: [{ hallId: 'asc' }, { inspectedOn: 'asc' }],
    }),
    deps.prisma.rectificationOrder.findMany({
      where: { ...unit, month: input.month },
      select: {
        id: true,
        hallId: true,
        inspectionId: true,
        itemTitle: true,
        status: true,
        deadline: true,
        closedAt: true,
        overdueAt: true,
      },
      orderBy: [{ hallId: 'asc' }, { issuedAt: 'asc' }],
    }),
  ]);
  return {
    inspections,
    orders: orders.map(({ overdueAt, ...order }) => ({
      ...order,
      overdue:
        overdueAt !== null ||
        ((order.status === 'OPEN' || order.status === 'REJECTED_BACK') && order.deadline < now),
    })),
  };
}
