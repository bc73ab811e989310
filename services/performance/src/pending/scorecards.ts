// The scorecards' part of the area's to-dos (待办, ADR 0018): the month's scheme and targets the person has not
// acknowledged (签收; due when the month starts, so overdue once it is under way), their own scorecard waiting for
// the self-assessment, and for a direct superior — a hall's manager for its clerks, a district's supervisor for its
// hall managers — the self-assessed scorecards waiting for them. Each disappears once done.
import { addMonths, currentMonth } from '@duda/month';
import { pendingPage, type PendingPage } from '@duda/contract-kit';
import type { PerformanceDeps } from '../deps.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { schemeInForce } from '../library/schemes.ts';
import { schemeRoleOf } from '../library/targets.ts';
import { cityOf, type Ctx } from '../ports/org-directory.ts';
import { performancePending } from './kinds.ts';

/** A month starts at midnight China time on its first day. */
const monthStart = (month: string) => new Date(`${month}-01T00:00:00+08:00`);

export async function targetsToAcknowledge(
  deps: PerformanceDeps,
  ctx: Ctx,
  limit: number,
): Promise<PendingPage> {
  const role = schemeRoleOf(ctx.actor.roles.map((scoped) => scoped.role));
  if (!role) return pendingPage([], limit);
  const city = await cityOf(deps.org, ctx);
  const now = deps.now();
  const month = currentMonth(now);
  const next = addMonths(month, 1);
  const [current, upcoming, signed] = await Promise.all([
    schemeInForce(deps.prisma, city.id, role, month),
    schemeInForce(deps.prisma, city.id, role, next),
    deps.prisma.targetAcknowledgement.findMany({
      where: { personId: ctx.actor.personId, month: { in: [month, next] } },
    }),
  ]);
  // Next month's only once a new scheme starts then: an unchanged scheme is acknowledged when its month comes.
  const due = [
    { month, scheme: current },
    { month: next, scheme: upcoming?.fromMonth === next ? upcoming : null },
  ].filter(
    (one) => one.scheme && !signed.some((row) => row.month === one.month && row.schemeId === one.scheme!.id),
  );
  return pendingPage(
    due.map((one) =>
      performancePending.action('targets.acknowledge', {
        objectId: `${one.month}.${ctx.actor.personId}`,
        title: `${one.month} ${one.scheme!.name}`,
        orgNodeId: null,
        orgName: null,
        dueAt: monthStart(one.month),
        overdue: monthStart(one.month).getTime() <= now.getTime(),
        path: `targets?month=${one.month}`,
      }),
    ),
    limit,
  );
}

export async function scorecardsToSelfAssess(
  deps: PerformanceDeps,
  ctx: Ctx,
  limit: number,
): Promise<PendingPage> {
  const rows = await deps.prisma.scorecard.findMany({
    where: { personId: ctx.actor.personId, status: 'COMPUTED' },
    select: { id: true, month: true, hallId: true, hallName: true },
    orderBy: { month: 'asc' },
  });
  return pendingPage(
    rows.map((card) =>
      performancePending.action('scorecard.selfAssess', {
        objectId: card.id,
        title: `${card.month} 绩效考核表`,
        orgNodeId: card.hallId,
        orgName: card.hallName,
        dueAt: null,
        overdue: false,
        path: `scorecards/${card.id}`,
      }),
    ),
    limit,
  );
}

/** The scorecards a person assesses as direct superior: by the roles they hold, where they hold them. */
export function directlyBelow(ctx: Ctx): Prisma.ScorecardWhereInput[] {
  return ctx.actor.roles.flatMap((scoped): Prisma.ScorecardWhereInput[] => {
    if (scoped.role === 'hall_manager') return [{ hallId: scoped.orgNodeId, role: 'clerk' }];
    if (scoped.role === 'district_supervisor')
      return [{ districtId: scoped.orgNodeId, role: 'hall_manager' }];
    return [];
  });
}

export async function scorecardsToAssess(
  deps: PerformanceDeps,
  ctx: Ctx,
  limit: number,
): Promise<PendingPage> {
  const below = directlyBelow(ctx);
  if (below.length === 0) return pendingPage([], limit);
  const where: Prisma.ScorecardWhereInput = {
    OR: below,
    status: 'SELF_ASSESSED',
    personId: { not: ctx.actor.personId },
  };
  const [rows, total] = await Promise.all([
    deps.prisma.scorecard.findMany({
      where,
      select: { id: true, month: true, personName: true, staffNo: true, hallId: true, hallName: true },
      orderBy: [{ month: 'asc' }, { staffNo: 'asc' }],
      take: limit,
    }),
    deps.prisma.scorecard.count({ where }),
  ]);
  const page = pendingPage(
    rows.map((card) =>
      performancePending.action('scorecard.assess', {
        objectId: card.id,
        title: `${card.month} ${card.personName}（${card.staffNo}）`,
        orgNodeId: card.hallId,
        orgName: card.hallName,
        dueAt: null,
        overdue: false,
        path: `scorecards/${card.id}`,
      }),
    ),
    limit,
  );
  return { ...page, total };
}
