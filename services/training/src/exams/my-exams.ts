// 我的考试: the published exams the caller is a candidate of, whether they can start one now, the attempts they
// have used, and their result when the exam's review rule allows it.
import { canAnywhere } from '@duda/authz';
import { examPhase, examsErrors } from '@duda/contract-training';
import type { TrainingDeps } from '../deps.ts';
import { reviewAllowed } from '../domain/exam-settings.ts';
import { examResult } from '../domain/grading.ts';
import type { ExamCtx } from './exam-access.ts';
import { attemptsByPerson, keyOf } from './progress.ts';

export async function myExams(deps: TrainingDeps, ctx: ExamCtx) {
  if (!canAnywhere(ctx.actor, 'training.exam.take')) throw examsErrors.takeDenied();
  const personId = ctx.actor.personId;
  const exams = await deps.prisma.exam.findMany({
    where: { status: 'PUBLISHED', candidates: { some: { personId } } },
    orderBy: [{ closesAt: 'desc' }, { id: 'asc' }],
    take: 200,
  });
  const attempts = await attemptsByPerson(deps, { examId: { in: exams.map((e) => e.id) }, personId });
  const now = deps.now();
  return exams.map((exam) => {
    const mine = attempts.get(keyOf(exam.id, personId));
    const used = mine?.attempts.length ?? 0;
    const phase = examPhase(exam, now);
    const submitted =
      mine?.progress === 'SUBMITTED' || (mine?.attempts.some((a) => a.status === 'SUBMITTED') ?? false);
    const pending = mine?.attempts.some((a) => a.needsMarking) ?? false;
    const released = reviewAllowed(exam, submitted, now);
    const result = released && mine && !pending ? examResult(mine.attempts, exam.gradingMethod) : null;
    return {
      examId: exam.id,
      title: exam.title,
      kind: exam.kind,
      month: exam.month,
      phase,
      opensAt: exam.opensAt,
      closesAt: exam.closesAt,
      timeLimitMinutes: exam.timeLimitMinutes,
      attemptsUsed: used,
      attemptsAllowed: exam.attemptsAllowed,
      progress: mine?.progress ?? 'NOT_STARTED',
      /** Open, and an attempt is under way or one is left. */
      canStart: phase === 'OPEN' && (mine?.progress === 'IN_PROGRESS' || used < exam.attemptsAllowed),
      reviewRule: exam.reviewRule,
      reviewAt: exam.reviewAt,
      result:
        result === null ? null : { score: result, passMark: exam.passMark, passed: result >= exam.passMark },
      awaitingMarking: pending && released,
    };
  });
}
