// Changing devices (换设备): an attempt accepts answers from the one device that holds it, and a second device is
// refused. When the examinee really must move (a flat battery, a broken phone), a trainer of their hall releases
// the attempt; the next device to open the exam holds it, with every answer saved so far.
import { can, type Actor } from '@duda/authz';
import { attemptsErrors } from '@duda/contract-training';
import type { CallerContext } from '@duda/service-kit';
import type { TrainingDeps } from '../deps.ts';
import { RELEASED_DEVICE } from './start.ts';

export async function releaseDevice(
  deps: TrainingDeps,
  ctx: CallerContext & { actor: Actor },
  attemptId: string,
) {
  const attempt = await deps.prisma.examAttempt.findUnique({
    where: { id: attemptId },
    select: { examId: true, personId: true, status: true },
  });
  const candidate =
    attempt &&
    (await deps.prisma.examCandidate.findUnique({
      where: { examId_personId: { examId: attempt.examId, personId: attempt.personId } },
      select: { orgNodeId: true },
    }));
  if (!attempt || !candidate || !can(ctx.actor, 'training.exam.manage', { orgNodeId: candidate.orgNodeId })) {
    throw attemptsErrors.attemptNotFound();
  }
  const released = await deps.prisma.examAttempt.updateMany({
    where: { id: attemptId, status: { in: ['IN_PROGRESS', 'OVERDUE'] } },
    data: { deviceId: RELEASED_DEVICE },
  });
  if (released.count === 0) throw attemptsErrors.notReleasable();
  return { released: true };
}
