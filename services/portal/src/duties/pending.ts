// Duties in the to-do inbox (待办, ADR 0018): the caller's open tasks due by the end of today, answered in the
// inbox's one shape as an area of its own (`duties`, the shell's page /duties), asked in process like the others.
import { definePendingKinds, pendingMineInput, pendingPage, type PendingPage } from '@duda/contract-kit';
import type { CallerContext, ServiceClient } from '@duda/service-kit';
import { chinaDateOf, endOfChinaDay } from '@duda/month';
import { isOverdue } from './domain/periods.ts';
import type { DutiesDeps, SignedIn } from './duties-deps.ts';
import { ensureToday } from './mine.ts';
import type { InboxSource } from '../inbox/sources.ts';

export const DUTIES_AREA = 'duties';

const dutyKinds = definePendingKinds(DUTIES_AREA, {
  'duty.daily': { 'zh-CN': '每日必做', en: 'Daily duty' },
  'duty.weekly': { 'zh-CN': '每周必做', en: 'Weekly duty' },
  'duty.monthly': { 'zh-CN': '每月必做', en: 'Monthly duty' },
});

const KIND = { DAILY: 'duty.daily', WEEKLY: 'duty.weekly', MONTHLY: 'duty.monthly' } as const;
const SPAN = { DAILY: 'day', WEEKLY: 'week', MONTHLY: 'month' } as const;

export async function pendingDuties(deps: DutiesDeps, ctx: SignedIn, limit: number): Promise<PendingPage> {
  await ensureToday(deps, ctx);
  const now = deps.now();
  const today = chinaDateOf(now);
  const rows = await deps.prisma.dutyTask.findMany({
    where: {
      personId: ctx.actor.personId,
      status: 'OPEN',
      periodStart: { lte: today },
      periodEnd: { gte: today },
      dueAt: { lte: endOfChinaDay(today) },
    },
    orderBy: { dueAt: 'asc' },
  });
  const actions = rows.map((task) =>
    dutyKinds.action(KIND[task.cadence], {
      objectId: task.id,
      title: task.target > 1 ? `${task.title}（${task.done}/${task.target}）` : task.title,
      orgNodeId: task.orgNodeId,
      orgName: task.orgName,
      dueAt: task.dueAt,
      overdue: isOverdue(task, now),
      path: `?span=${SPAN[task.cadence]}`,
    }),
  );
  return pendingPage(actions, limit);
}

/** The inbox's source for duties: the same query as every area's `pending.mine`, answered in process. */
export const dutiesInboxSource = (deps: DutiesDeps): InboxSource => {
  const client: ServiceClient = {
    // The inbox asks only for signed-in callers; without one there is nothing of theirs to list.
    query: async <T>(ctx: CallerContext, _path: string, input?: unknown) => {
      const { limit } = pendingMineInput.parse(input);
      const page = ctx.actor
        ? await pendingDuties(deps, { ...ctx, actor: ctx.actor }, limit)
        : pendingPage([], limit);
      return page as T;
    },
  };
  return { area: DUTIES_AREA, client };
};
