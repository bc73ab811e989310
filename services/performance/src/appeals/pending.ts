// The appeals' part of the area's to-dos (待办, ADR 0018): open appeals the caller is the direct superior for — a
// hall manager their hall's staff, a district supervisor the hall managers of their halls (who may also decide a
// clerk's appeal, but it is the hall manager's to-do).
import { pendingPage, type PendingPage } from '@duda/contract-kit';
import { OPEN_APPEAL_STATUSES } from '@duda/contract-performance';
import type { PerformanceDeps } from '../deps.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { performancePending } from '../pending/kinds.ts';
import type { Ctx } from '../ports/org-directory.ts';

const hallsAs = (ctx: Ctx, role: string) =>
  ctx.actor.roles.filter((scoped) => scoped.role === role).flatMap((scoped) => scoped.subtree);

export async function appealsToDecide(deps: PerformanceDeps, ctx: Ctx, limit: number): Promise<PendingPage> {
  const or: Prisma.AppealWhereInput[] = [];
  const managed = hallsAs(ctx, 'hall_manager');
  const district = hallsAs(ctx, 'district_supervisor');
  if (managed.length) or.push({ hallId: { in: managed }, role: { not: 'hall_manager' } });
  if (district.length) or.push({ hallId: { in: district }, role: 'hall_manager' });
  if (or.length === 0) return pendingPage([], limit);
  const rows = await deps.prisma.appeal.findMany({
    where: { status: { in: [...OPEN_APPEAL_STATUSES] }, personId: { not: ctx.actor.personId }, OR: or },
    orderBy: { filedAt: 'asc' },
  });
  return pendingPage(
    rows.map((row) =>
      performancePending.action('appeal.decide', {
        objectId: row.id,
        title: `${row.personName} · ${row.kpiName}（${row.month}）`,
        orgNodeId: row.hallId,
        orgName: row.hallName,
        dueAt: null,
        overdue: false,
        path: `appeals/${row.id}`,
      }),
    ),
    limit,
  );
}
