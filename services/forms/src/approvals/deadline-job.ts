// The deadline job (超时提醒与上报): every few minutes, tasks three quarters through their step's time get a
// reminder and tasks past it are handed to the superior (runDeadlines). Each instance is worked under its row lock
// and the engine acts only on what is still due, so two runs at once, or one run twice, change nothing twice.
import { scheduleJob, type ScheduledJob } from '@duda/events';
import type { FormsDeps } from '../deps.ts';
import { runDeadlines } from './domain/engine.ts';
import { announce } from './approval-service.ts';
import { loadLocked, save } from './store.ts';

type Deps = Pick<FormsDeps, 'prisma' | 'now'>;

/** Works every instance with a task due for a reminder or past its deadline; returns how many changed. */
export async function processApprovalDeadlines(deps: Deps): Promise<number> {
  const now = deps.now();
  const due = await deps.prisma.approvalTask.findMany({
    where: {
      status: 'PENDING',
      instance: { status: 'IN_PROGRESS' },
      OR: [{ dueAt: { lte: now } }, { remindAt: { lte: now }, remindedAt: null }],
    },
    select: { instanceId: true },
    distinct: ['instanceId'],
  });
  let changed = 0;
  for (const { instanceId } of due) {
    const worked = await deps.prisma.$transaction(async (tx) => {
      const stored = await loadLocked(tx, instanceId);
      if (!stored) return false;
      const result = runDeadlines(stored.state, now, () => crypto.randomUUID());
      if (!result.history.length) return false;
      await save(tx, instanceId, stored.state, result.state, result.history, now);
      await announce(tx, stored, { outcome: null, ...result }, now);
      return true;
    });
    if (worked) changed += 1;
  }
  return changed;
}

export const approvalJobs = (deps: Deps): ScheduledJob[] => [
  scheduleJob(
    'approval-deadlines',
    '*/5 * * * *',
    async () => {
      await processApprovalDeadlines(deps);
    },
    { runAtStart: true },
  ),
];
