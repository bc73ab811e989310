// Starting or resuming an attempt (开始答题 / 继续答题). A candidate of a published exam that is open, with attempts
// left, gets a new attempt drawn for them; one still running is resumed instead, on the device that holds it.
import { canAnywhere, type Actor } from '@duda/authz';
import { attemptsErrors } from '@duda/contract-training';
import type { CallerContext } from '@duda/service-kit';
import type { TrainingDeps } from '../deps.ts';
import { attemptClock } from '../domain/attempt-clock.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { closableAttempt, keysOf, lockAttempt, settleLocked } from './attempt-state.ts';
import { drawForAttempt } from './drawing.ts';
import { attemptView } from './views.ts';

type Ctx = CallerContext & { actor: Actor };

/** A released attempt (the trainer let the examinee change devices) is held by whichever device opens it next. */
export const RELEASED_DEVICE = '';

async function examForCandidate(deps: TrainingDeps, actor: Actor, examId: string) {
  const exam = await deps.prisma.exam.findUnique({ where: { id: examId }, include: { paper: true } });
  if (!exam || exam.status !== 'PUBLISHED') throw attemptsErrors.examNotFound();
  const candidate = await deps.prisma.examCandidate.findUnique({
    where: { examId_personId: { examId, personId: actor.personId } },
  });
  if (!candidate || !canAnywhere(actor, 'training.exam.take')) throw attemptsErrors.notCandidate();
  return exam;
}

/** An attempt still being answered, or past its time and not yet closed. */
const OPEN_STATUSES = ['IN_PROGRESS', 'OVERDUE'] as const;

/**
 * Closes the caller's attempts whose time ran out, then returns the one still open, if any, and how many they have
 * made — both read by one statement, so a double tap's other start is either seen as open or not counted at all.
 */
async function attemptsOf(deps: TrainingDeps, examId: string, personId: string) {
  const now = deps.now();
  const open = await deps.prisma.examAttempt.findMany({
    where: { examId, personId, status: { in: [...OPEN_STATUSES] } },
    select: { id: true },
  });
  for (const { id } of open) {
    await deps.prisma.$transaction(async (tx) => {
      await lockAttempt(tx, id);
      const attempt = await closableAttempt(tx, id);
      if (attempt) await settleLocked(tx, attempt, () => keysOf(deps, attempt.draw), now);
    });
  }
  const attempts = await deps.prisma.examAttempt.findMany({
    where: { examId, personId },
    select: { id: true, status: true, deviceId: true },
  });
  return {
    open: attempts.find((a) => (OPEN_STATUSES as readonly string[]).includes(a.status)),
    made: attempts.length,
  };
}

async function resume(deps: TrainingDeps, attempt: { id: string; deviceId: string }, deviceId: string) {
  if (attempt.deviceId === RELEASED_DEVICE) {
    // Claimed only if still released: two devices opening it at once cannot both hold it.
    const claimed = await deps.prisma.examAttempt.updateMany({
      where: { id: attempt.id, deviceId: RELEASED_DEVICE },
      data: { deviceId },
    });
    if (claimed.count === 0) return null;
  } else if (attempt.deviceId !== deviceId) {
    throw attemptsErrors.otherDevice();
  }
  return attempt.id;
}

const isUniqueViolation = (error: unknown) =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002';

export async function startAttempt(
  deps: TrainingDeps,
  ctx: Ctx,
  input: { examId: string; deviceId: string },
  retried = false,
): Promise<Awaited<ReturnType<typeof attemptView>>> {
  const exam = await examForCandidate(deps, ctx.actor, input.examId);
  const { open, made } = await attemptsOf(deps, exam.id, ctx.actor.personId);
  if (open) {
    const held = await resume(deps, open, input.deviceId);
    if (held) return attemptView(deps, held);
    if (retried) throw attemptsErrors.otherDevice();
    return startAttempt(deps, ctx, input, true);
  }
  const now = deps.now();
  if (now < exam.opensAt) throw attemptsErrors.notYetOpen({ opensAt: exam.opensAt.toISOString() });
  if (now >= exam.closesAt) throw attemptsErrors.examClosed();
  if (made >= exam.attemptsAllowed) throw attemptsErrors.noAttemptsLeft({ allowed: exam.attemptsAllowed });
  const draw = await drawForAttempt(deps, { ...exam.paper, cityId: exam.cityId });
  const clock = attemptClock(exam, now);
  try {
    const id = await deps.prisma.$transaction(async (tx) => {
      const attempt = await tx.examAttempt.create({
        data: {
          examId: exam.id,
          personId: ctx.actor.personId,
          attemptNo: made + 1,
          draw: draw as unknown as Prisma.InputJsonValue,
          startedAt: now,
          deadlineAt: clock.deadlineAt,
          deviceId: input.deviceId,
          maxScore: draw.slots.reduce((sum, s) => sum + s.points, 0),
        },
      });
      // A used version is frozen: editing the question from now on makes a new version (bank rule).
      await tx.questionVersion.updateMany({
        where: { id: { in: [...new Set(draw.slots.map((s) => s.versionId))] }, usedAt: null },
        data: { usedAt: now },
      });
      return attempt.id;
    });
    return attemptView(deps, id);
  } catch (error) {
    // The same person started twice at once (a double tap): the other start made the attempt; resume it.
    if (isUniqueViolation(error) && !retried) return startAttempt(deps, ctx, input, true);
    throw error;
  }
}
