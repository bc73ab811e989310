// What the examinee's page reads of an attempt while taking it: the questions as drawn (never the key), the answers
// saved so far with their sequence numbers, the deadline — and the server's clock, so the countdown runs on it.
import type { Actor } from '@duda/authz';
import type { AttemptDraw, QuestionBody, QuestionResponse } from '@duda/contract-training';
import { attemptsErrors } from '@duda/contract-training';
import type { CallerContext } from '@duda/service-kit';
import type { TrainingDeps } from '../deps.ts';
import { graceEnd } from '../domain/attempt-clock.ts';
import { settleDue } from './overdue.ts';
import { examineeQuestion } from './question-view.ts';

export async function attemptView(deps: Pick<TrainingDeps, 'prisma' | 'now'>, attemptId: string) {
  const attempt = await deps.prisma.examAttempt.findUnique({
    where: { id: attemptId },
    include: {
      exam: { select: { id: true, title: true, overdueHandling: true, graceMinutes: true, closesAt: true } },
      answers: { select: { slot: true, response: true, seq: true, savedAt: true }, orderBy: { slot: 'asc' } },
    },
  });
  if (!attempt) throw attemptsErrors.attemptNotFound();
  const draw = attempt.draw as unknown as AttemptDraw;
  const versions = await deps.prisma.questionVersion.findMany({
    where: { id: { in: draw.slots.map((s) => s.versionId) } },
    select: { id: true, stem: true, body: true },
  });
  const byId = new Map(versions.map((v) => [v.id, v]));
  return {
    serverNow: deps.now(),
    attempt: {
      id: attempt.id,
      examId: attempt.exam.id,
      examTitle: attempt.exam.title,
      attemptNo: attempt.attemptNo,
      status: attempt.status,
      startedAt: attempt.startedAt,
      deadlineAt: attempt.deadlineAt,
      submitUntil: graceEnd(attempt.exam, attempt.deadlineAt),
      submittedAt: attempt.submittedAt,
      overdueHandling: attempt.exam.overdueHandling,
      focusLosses: attempt.focusLosses,
    },
    questions: draw.slots.map((slot) => {
      const version = byId.get(slot.versionId);
      if (!version) throw new Error(`attempt ${attempt.id} names a missing version ${slot.versionId}`);
      return examineeQuestion(slot, { stem: version.stem, body: version.body as unknown as QuestionBody });
    }),
    answers: attempt.answers.map((a) => ({
      slot: a.slot,
      response: a.response as unknown as QuestionResponse,
      seq: a.seq,
      savedAt: a.savedAt,
    })),
  };
}

/** The examinee's own attempt, closed first if its time ran out; anyone else's reads as not there. */
export async function getOwnAttempt(
  deps: TrainingDeps,
  ctx: CallerContext & { actor: Actor },
  attemptId: string,
) {
  const owner = await deps.prisma.examAttempt.findUnique({
    where: { id: attemptId },
    select: { personId: true },
  });
  if (!owner || owner.personId !== ctx.actor.personId) throw attemptsErrors.attemptNotFound();
  await settleDue(deps, { id: attemptId });
  return attemptView(deps, attemptId);
}
