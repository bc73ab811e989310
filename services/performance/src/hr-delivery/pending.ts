// The HR deliveries' part of the area's to-dos (待办, ADR 0018): a signed-off month whose latest delivery HR never
// acknowledged (the job gave up retrying) waits for a re-send — for HR and the city supervisor, who both may.
import { scopeOf } from '@duda/authz';
import { definePendingKinds, pendingPage, type PendingPage } from '@duda/contract-kit';
import type { PerformanceDeps } from '../deps.ts';
import type { Ctx } from '../ports/org-directory.ts';

const deliveryPending = definePendingKinds('performance', {
  'hrDelivery.resend': { 'zh-CN': '重新推送人力', en: 'Re-send the results to HR' },
});

export async function deliveriesToResend(
  deps: PerformanceDeps,
  ctx: Ctx,
  limit: number,
): Promise<PendingPage> {
  const cities = [
    ...scopeOf(ctx.actor, 'performance.export').orgNodeIds,
    ...scopeOf(ctx.actor, 'performance.month.signoff').orgNodeIds,
  ];
  if (cities.length === 0) return pendingPage([], limit);
  // Newest first: the first row of a (city, month) is its latest delivery.
  const rows = await deps.prisma.hrDelivery.findMany({
    where: { cityId: { in: cities } },
    orderBy: [{ createdAt: 'desc' }, { id: 'asc' }],
    select: { id: true, cityId: true, month: true, status: true },
  });
  const latest = new Map<string, (typeof rows)[number]>();
  for (const row of rows)
    if (!latest.has(`${row.cityId} ${row.month}`)) latest.set(`${row.cityId} ${row.month}`, row);
  const failed = [...latest.values()].filter((row) => row.status === 'GAVE_UP');
  return pendingPage(
    failed.map((row) =>
      deliveryPending.action('hrDelivery.resend', {
        objectId: row.id,
        title: `${row.month} 考核结果未送达人力系统`,
        orgNodeId: row.cityId,
        orgName: null,
        dueAt: null,
        overdue: false,
        path: `hr-deliveries?month=${row.month}&status=GAVE_UP`,
      }),
    ),
    limit,
  );
}
