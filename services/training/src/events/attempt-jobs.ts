// The overdue job (超时收卷): every minute, attempts whose time ran out are closed by their exam's overdue mode
// (submitted and marked / moved into the grace period, then submitted at its end / set aside, not counted).
// A run claims each attempt under a row lock and acts only on what is still due, so two runs change nothing twice.
// It also runs as the service starts, closing whatever ran out while the service was down; and every read of an
// attempt applies the same rule to it first (attempts/overdue.ts), so no page waits for the job.
import { scheduleJob, type ScheduledJob } from '@duda/events';
import { closeOverdueAttempts } from '../attempts/overdue.ts';
import type { TrainingDeps } from '../deps.ts';

export const attemptJobs = (deps: Pick<TrainingDeps, 'prisma' | 'now'>): ScheduledJob[] => [
  scheduleJob(
    'close-overdue-attempts',
    '* * * * *',
    async () => {
      await closeOverdueAttempts(deps);
    },
    { runAtStart: true },
  ),
];
