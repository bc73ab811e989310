// The monthly report (表2) in the to-do inbox (待办, ADR 0018): for each hall the caller manages, this month's report
// from the 25th until submitted (due on the month's last day at 18:00), and last month's while still unsubmitted
// (overdue). Answered in the inbox's one shape as an area of its own (`reports`, the shell's page /reports).
import { definePendingKinds, pendingMineInput, pendingPage, type PendingPage } from '@duda/contract-kit';
import { addMonths, chinaDateOf, lastDayOfMonth, monthOf, startOfChinaDay } from '@duda/month';
import type { CallerContext, ServiceClient } from '@duda/service-kit';
import type { InboxSource } from '../inbox/sources.ts';
import { writableHalls } from './halls.ts';
import type { ReportsDeps, SignedIn } from './reports-deps.ts';

export const REPORTS_AREA = 'reports';
/** The day of the month from which this month's report shows as a to-do. */
const SHOWN_FROM_DAY = 25;

const reportKinds = definePendingKinds(REPORTS_AREA, {
  'report.monthly': { 'zh-CN': '营业厅月报（表2）', en: 'Hall monthly report' },
});

export const reportDueAt = (month: string) =>
  new Date(startOfChinaDay(lastDayOfMonth(month)).getTime() + 18 * 3_600_000);

export async function pendingReports(deps: ReportsDeps, ctx: SignedIn, limit: number): Promise<PendingPage> {
  const halls = writableHalls(ctx.actor);
  if (halls.length === 0) return pendingPage([], limit);
  const now = deps.now();
  const today = chinaDateOf(now);
  const thisMonth = monthOf(today);
  const months = [addMonths(thisMonth, -1), ...(Number(today.slice(8)) >= SHOWN_FROM_DAY ? [thisMonth] : [])];
  const submitted = await deps.prisma.hallMonthlyReport.findMany({
    where: { hallId: { in: halls.map((h) => h.hallId) }, month: { in: months }, status: 'SUBMITTED' },
    select: { hallId: true, month: true },
  });
  const actions = halls.flatMap((hall) =>
    months
      .filter((month) => !submitted.some((s) => s.hallId === hall.hallId && s.month === month))
      .map((month) =>
        reportKinds.action('report.monthly', {
          objectId: `${hall.hallId}.${month}`,
          title: `${hall.hallName} ${month}`,
          orgNodeId: hall.hallId,
          orgName: hall.hallName,
          dueAt: reportDueAt(month),
          overdue: reportDueAt(month) < now,
          path: `?month=${month}`,
        }),
      ),
  );
  return pendingPage(actions, limit);
}

/** The inbox's source for monthly reports, answered in process like the duties. */
export const reportsInboxSource = (deps: ReportsDeps): InboxSource => {
  const client: ServiceClient = {
    query: async <T>(ctx: CallerContext, _path: string, input?: unknown) => {
      const { limit } = pendingMineInput.parse(input);
      const page = ctx.actor
        ? await pendingReports(deps, { ...ctx, actor: ctx.actor }, limit)
        : pendingPage([], limit);
      return page as T;
    },
  };
  return { area: REPORTS_AREA, client };
};
