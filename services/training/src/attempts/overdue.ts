// Closing attempts whose time ran out (超时收卷), by the exam's overdue mode. The job runs it every minute; reads run
// it on the attempts they are about to show, so a page never shows an attempt as running past its deadline even in
// the minute before the job comes round, or after a restart before the job's first run.
import type { TrainingDeps } from '../deps.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { closableAttempt, dueAttempts, keysOf, lockAttempt, settleLocked } from './attempt-state.ts';

/** Settles each attempt matching `where` that is due; returns how many changed. */
export async function settleDue(
  deps: Pick<TrainingDeps, 'prisma' | 'now'>,
  where: Prisma.ExamAttemptWhereInput = {},
): Promise<number> {
  const now = deps.now();
  const due = await deps.prisma.examAttempt.findMany({
    where: { AND: [where, dueAttempts(now)] },
    select: { id: true },
    orderBy: { deadlineAt: 'asc' },
  });
  let changed = 0;
  for (const { id } of due) {
    // One transaction per attempt: one broken attempt never holds the others back, and a lock is held briefly.
    const status = await deps.prisma.$transaction(async (tx) => {
      await lockAttempt(tx, id);
      const attempt = await closableAttempt(tx, id);
      if (!attempt) return null;
      const after = await settleLocked(tx, attempt, () => keysOf(deps, attempt.draw), now);
      return after === attempt.status ? null : after;
    });
    if (status) changed += 1;
  }
  return changed;
}

/** The overdue job's run: every due attempt of every exam. */
export const closeOverdueAttempts = (deps: Pick<TrainingDeps, 'prisma' | 'now'>): Promise<number> =>
  settleDue(deps);
