// The reviews' part of the area's to-dos (待办, ADR 0018): forms the caller is to fill in (due when the cycle
// closes), and for a superior the peers and reports proposed for their people that wait for approval.
import { pendingPage, type PendingPage } from '@duda/contract-kit';
import type { PerformanceDeps } from '../deps.ts';
import { performancePending } from '../pending/kinds.ts';
import type { Ctx } from './access.ts';

export async function reviewsToFill(deps: PerformanceDeps, ctx: Ctx, limit: number): Promise<PendingPage> {
  const now = deps.now();
  const rows = await deps.prisma.reviewRater.findMany({
    where: { personId: ctx.actor.personId, status: 'APPROVED', subject: { cycle: { status: 'OPEN' } } },
    select: {
      id: true,
      subject: { select: { personName: true, hallId: true, hallName: true, cycle: true } },
    },
  });
  return pendingPage(
    rows.map((r) =>
      performancePending.action('review.rate', {
        objectId: r.id,
        title: `${r.subject.cycle.title} · ${r.subject.personName}`,
        orgNodeId: r.subject.hallId,
        orgName: r.subject.hallName,
        dueAt: r.subject.cycle.dueAt,
        overdue: r.subject.cycle.dueAt.getTime() < now.getTime(),
        path: `reviews/fill/${r.id}`,
      }),
    ),
    limit,
  );
}

export async function nominationsToApprove(
  deps: PerformanceDeps,
  ctx: Ctx,
  limit: number,
): Promise<PendingPage> {
  const subjects = await deps.prisma.reviewSubject.findMany({
    where: {
      superiorIds: { has: ctx.actor.personId },
      cycle: { status: { in: ['DRAFT', 'OPEN'] } },
      raters: { some: { status: 'PROPOSED' } },
    },
    select: { id: true, personName: true, hallId: true, hallName: true, cycle: { select: { title: true } } },
  });
  return pendingPage(
    subjects.map((s) =>
      performancePending.action('review.approve', {
        objectId: s.id,
        title: `${s.cycle.title} · ${s.personName}`,
        orgNodeId: s.hallId,
        orgName: s.hallName,
        dueAt: null,
        overdue: false,
        path: `reviews/nominations/${s.id}`,
      }),
    ),
    limit,
  );
}
