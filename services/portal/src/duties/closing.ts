// Closing missed tasks (未完成): each morning every task still open after its period ended is marked missed —
// yesterday's daily tasks, last week's on Monday, last month's on the 1st. Claimed with WHERE status = 'OPEN', so
// a repeated run changes nothing more.
import { scheduleJob, type ScheduledJob } from '@duda/events';
import { chinaDateOf } from '@duda/month';
import type { DutiesDeps } from './duties-deps.ts';

export async function closeMissedTasks(deps: Pick<DutiesDeps, 'prisma' | 'now'>): Promise<number> {
  const now = deps.now();
  const { count } = await deps.prisma.dutyTask.updateMany({
    where: { status: 'OPEN', periodEnd: { lt: chinaDateOf(now) } },
    data: { status: 'MISSED', missedAt: now },
  });
  return count;
}

/** 06:00 China time, before the working day; also at each start, for mornings no process was up. */
export const closingJob = (deps: Pick<DutiesDeps, 'prisma' | 'now'>): ScheduledJob =>
  scheduleJob(
    'close-missed-duties',
    '0 6 * * *',
    async () => {
      await closeMissedTasks(deps);
    },
    { runAtStart: true },
  );
