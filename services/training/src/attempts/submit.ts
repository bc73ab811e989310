// Submitting (交卷): idempotent — a second submit, or one after the overdue rule already submitted the attempt,
// answers with the same result. The objective questions are marked in the same transaction. After the deadline the
// exam's overdue mode decides: submitted as it stood (AUTOSUBMIT), accepted within the grace period, or not counted.
import type { Actor } from '@duda/authz';
import { attemptsErrors, attemptStatusTerms } from '@duda/contract-training';
import type { CallerContext } from '@duda/service-kit';
import type { TrainingDeps } from '../deps.ts';
import { acceptsSubmit } from '../domain/attempt-clock.ts';
import type { AttemptStatus } from '../generated/prisma/enums.ts';
import { closableAttempt, keysOf, lockAttempt, settleLocked, submitLocked } from './attempt-state.ts';
import { attemptResult } from './results.ts';
import type { AttemptDraw } from '@duda/contract-training';

type Ctx = CallerContext & { actor: Actor };

export async function submitAttempt(
  deps: TrainingDeps,
  ctx: Ctx,
  input: { attemptId: string; deviceId: string },
) {
  const head = await deps.prisma.examAttempt.findUnique({
    where: { id: input.attemptId },
    select: { personId: true, draw: true },
  });
  if (!head || head.personId !== ctx.actor.personId) throw attemptsErrors.attemptNotFound();
  const keys = await keysOf(deps, head.draw as unknown as AttemptDraw);
  const now = deps.now();
  const status = await deps.prisma.$transaction(async (tx): Promise<AttemptStatus> => {
    await lockAttempt(tx, input.attemptId);
    const attempt = (await closableAttempt(tx, input.attemptId))!;
    if (attempt.status === 'SUBMITTED' || attempt.status === 'ABANDONED') return attempt.status;
    if (attempt.deviceId !== input.deviceId) throw attemptsErrors.otherDevice();
    if (!acceptsSubmit(attempt.exam, attempt, now)) return settleLocked(tx, attempt, keys, now);
    await submitLocked(tx, attempt, keys, now);
    return 'SUBMITTED';
  });
  if (status === 'ABANDONED') throw attemptsErrors.attemptEnded({ status: attemptStatusTerms.term(status) });
  return attemptResult(deps, ctx, input.attemptId);
}
