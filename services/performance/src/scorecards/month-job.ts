// The nightly run (02:00 China time): every open month that was set running is recomputed as the city supervisor
// who set it going, so figures that arrive later (orders closed, retakes sat) reach the scorecards until sign-off.
// A run rewrites the same scorecards from the same figures: running twice changes nothing.
import type { Actor } from '@duda/authz';
import { scheduleJob, type ScheduledJob } from '@duda/events';
import type { PerformanceDeps } from '../deps.ts';
import { jobCaller } from './caller.ts';
import { computeMonth } from './run.ts';

export async function rerunOpenMonths(deps: PerformanceDeps, requestId: string) {
  const months = await deps.prisma.performanceMonth.findMany({
    where: { status: 'OPEN', runById: { not: null } },
  });
  for (const month of months)
    await computeMonth(
      deps,
      jobCaller(month.runAs as unknown as Actor, requestId),
      month.cityId,
      month.month,
    );
  return months.length;
}

export const monthJobs = (deps: PerformanceDeps): ScheduledJob[] => [
  scheduleJob('rerun-open-months', '0 2 * * *', async (run) => {
    await rerunOpenMonths(deps, `performance-month-job-${run.id}`);
  }),
];
