// The nightly run (02:00 China time): every open month that was set running is recomputed as the city supervisor
// who set it going, so figures that arrive later (orders closed, retakes sat) reach the scorecards until sign-off.
// A run rewrites the same scorecards from the same figures: running twice changes nothing. Each is a recorded run
// (trigger NIGHTLY, month-runs.ts) the supervisor sees beside their own; a month whose run is under way is left
// to it, and one month failing (recorded with its reason) does not stop the others.
import type { Actor } from '@duda/authz';
import { scheduleJob, type ScheduledJob } from '@duda/events';
import type { PerformanceDeps } from '../deps.ts';
import { interruptedRunsJob, nightlyRun } from './month-runs.ts';

export async function rerunOpenMonths(deps: PerformanceDeps) {
  const months = await deps.prisma.performanceMonth.findMany({
    where: { status: 'OPEN', runById: { not: null } },
  });
  for (const month of months)
    await nightlyRun(deps, {
      cityId: month.cityId,
      month: month.month,
      runAs: month.runAs as unknown as Actor,
    });
  return months.length;
}

export const monthJobs = (deps: PerformanceDeps): ScheduledJob[] => [
  scheduleJob('rerun-open-months', '0 2 * * *', async () => {
    await rerunOpenMonths(deps);
  }),
  interruptedRunsJob(deps),
];
