// Regrading (重新评分) after a question's key was corrected. A used version never changes, so the correction is the
// question's current version: every submitted attempt of the exam that showed the question is marked again with
// that version's key. A dry run lists the attempts whose marks would change (old → new, with the new score) and
// changes nothing; without it the marks and scores are stored and each slot remembers the key that marked it.
import { can, type Actor } from '@duda/authz';
import {
  blindLabel,
  markingErrors,
  type AttemptDraw,
  type QuestionKey,
  type QuestionResponse,
} from '@duda/contract-training';
import type { CallerContext } from '@duda/service-kit';
import { lockAttempt, rescoreLocked } from '../attempts/attempt-state.ts';
import type { TrainingDeps } from '../deps.ts';
import { markResponse } from '../domain/grading.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { markingScope } from './marking-service.ts';

type Ctx = CallerContext & { actor: Actor };

const round = (value: number) => Math.round(value * 10_000) / 10_000;

export async function regrade(
  deps: TrainingDeps,
  ctx: Ctx,
  input: { examId: string; questionId: string; dryRun: boolean },
) {
  const exam = await deps.prisma.exam.findUnique({ where: { id: input.examId } });
  if (!exam || !can(ctx.actor, 'training.exam.manage', { orgNodeId: exam.orgNodeId })) {
    throw markingErrors.examNotFound();
  }
  const question = await deps.prisma.question.findUnique({
    where: { id: input.questionId },
    include: { versions: true },
  });
  const current = question?.versions.find((v) => v.version === question.currentVersion);
  if (!question || !current) throw markingErrors.questionNotInExam();
  const key = current.answerKey as unknown as QuestionKey;
  const candidates = await deps.prisma.examCandidate.findMany({
    where: { examId: exam.id, orgNodeId: { in: markingScope(ctx.actor) } },
    select: { personId: true },
  });
  const attempts = await deps.prisma.examAttempt.findMany({
    where: { examId: exam.id, status: 'SUBMITTED', personId: { in: candidates.map((c) => c.personId) } },
    include: { answers: { select: { slot: true, response: true, mark: true } } },
    orderBy: { submittedAt: 'asc' },
  });
  const affected = attempts.flatMap((attempt) => {
    const draw = attempt.draw as unknown as AttemptDraw;
    const slots = draw.slots.filter((s) => s.questionId === question.id);
    if (slots.length === 0) return [];
    const answers = new Map(attempt.answers.map((a) => [a.slot, a]));
    const changes = slots.flatMap((slot) => {
      const answer = answers.get(slot.slot);
      const newMark = markResponse(
        key,
        answer?.response as QuestionResponse | undefined,
        slot.points,
        exam.multipleChoiceScoring,
      );
      // Short answers are marked by hand: a corrected reference answer changes no mark.
      if (newMark === null || !answer) return [];
      const oldMark = answer.mark ?? 0;
      return newMark === oldMark ? [] : [{ slot: slot.slot, oldMark, newMark }];
    });
    return [{ attempt, draw, slots, changes }];
  });
  if (affected.length === 0) throw markingErrors.questionNotInExam();
  const changed = affected
    .filter((a) => a.changes.length > 0)
    .map(({ attempt, changes }) => {
      const oldScore = attempt.score ?? 0;
      const delta = changes.reduce((sum, c) => sum + c.newMark - c.oldMark, 0);
      return {
        attemptId: attempt.id,
        label: blindLabel(attempt.id),
        changes,
        oldScore,
        newScore: round(oldScore + delta),
      };
    });
  if (!input.dryRun) {
    for (const { attempt, draw, changes } of affected) {
      await deps.prisma.$transaction(async (tx) => {
        await lockAttempt(tx, attempt.id);
        for (const change of changes) {
          await tx.attemptAnswer.update({
            where: { attemptId_slot: { attemptId: attempt.id, slot: change.slot } },
            data: { mark: change.newMark },
          });
        }
        const corrected: AttemptDraw = {
          ...draw,
          slots: draw.slots.map((s) =>
            s.questionId === question.id ? { ...s, markedWithVersionId: current.id } : s,
          ),
        };
        await tx.examAttempt.update({
          where: { id: attempt.id },
          data: { draw: corrected as unknown as Prisma.InputJsonValue },
        });
        await rescoreLocked(tx, attempt.id);
      });
    }
  }
  return {
    dryRun: input.dryRun,
    version: current.version,
    attemptsWithQuestion: affected.length,
    changed,
  };
}

/**
 * The questions an exam's submitted attempts showed, each with the version shown and the question's current one:
 * `corrected` when the bank has a newer version the attempts are not yet marked with (a regrade candidate).
 */
export async function examQuestions(deps: TrainingDeps, ctx: Ctx, examId: string) {
  const exam = await deps.prisma.exam.findUnique({ where: { id: examId } });
  if (!exam || !can(ctx.actor, 'training.exam.manage', { orgNodeId: exam.orgNodeId })) {
    throw markingErrors.examNotFound();
  }
  const attempts = await deps.prisma.examAttempt.findMany({
    where: { examId, status: 'SUBMITTED' },
    select: { draw: true },
  });
  const shown = new Map<string, { type: string; versionIds: Set<string>; markedWith: Set<string> }>();
  for (const attempt of attempts) {
    for (const slot of (attempt.draw as unknown as AttemptDraw).slots) {
      const entry = shown.get(slot.questionId) ?? {
        type: slot.type,
        versionIds: new Set(),
        markedWith: new Set(),
      };
      entry.versionIds.add(slot.versionId);
      entry.markedWith.add(slot.markedWithVersionId ?? slot.versionId);
      shown.set(slot.questionId, entry);
    }
  }
  const questions = await deps.prisma.question.findMany({
    where: { id: { in: [...shown.keys()] } },
    include: { versions: { select: { id: true, version: true, stem: true } } },
  });
  return questions
    .map((q) => {
      const entry = shown.get(q.id)!;
      const current = q.versions.find((v) => v.version === q.currentVersion)!;
      const shownVersions = q.versions.filter((v) => entry.versionIds.has(v.id)).map((v) => v.version);
      return {
        questionId: q.id,
        type: q.type,
        stem: current.stem,
        shownVersions: shownVersions.sort((a, b) => a - b),
        currentVersion: q.currentVersion,
        corrected: q.type !== 'SHORT_ANSWER' && [...entry.markedWith].some((id) => id !== current.id),
      };
    })
    .sort((a, b) => Number(b.corrected) - Number(a.corrected) || a.stem.localeCompare(b.stem, 'zh-CN'));
}
