// Results and review (成绩与回顾): the examinee sees their score and the correct answers only when the exam's
// review rule allows (immediately / after close / from a date / never); before that, only that the attempt is in.
// A trainer who runs exams for the examinee's hall sees everything, at any time.
import { can, canAnywhere, scopeOf, type Actor } from '@duda/authz';
import {
  attemptsErrors,
  type AttemptDraw,
  type QuestionBody,
  type QuestionResponse,
} from '@duda/contract-training';
import type { CallerContext } from '@duda/service-kit';
import type { TrainingDeps } from '../deps.ts';
import { reviewAllowed } from '../domain/exam-settings.ts';
import { examResult, markingVersionOf } from '../domain/grading.ts';
import { examineeBody } from './question-view.ts';
import { frozenVersions, type FrozenVersion } from './frozen-versions.ts';
import { settleDue } from './overdue.ts';
import type { AttemptAnswer, Exam, ExamAttempt } from '../generated/prisma/client.ts';

type Ctx = CallerContext & { actor: Actor };

export const examSelect = {
  id: true,
  title: true,
  passMark: true,
  reviewRule: true,
  reviewAt: true,
  closesAt: true,
  gradingMethod: true,
} as const;

/** A trainer of the examinee's hall (by the hall they sat the exam for). */
async function trainsExaminee(deps: TrainingDeps, actor: Actor, examId: string, personId: string) {
  const candidate = await deps.prisma.examCandidate.findUnique({
    where: { examId_personId: { examId, personId } },
    select: { orgNodeId: true },
  });
  return candidate !== null && can(actor, 'training.exam.manage', { orgNodeId: candidate.orgNodeId });
}

/** What a result is made of: the attempt with its exam and its stored answers. */
export type ResultAttempt = Pick<
  ExamAttempt,
  | 'id'
  | 'attemptNo'
  | 'status'
  | 'startedAt'
  | 'submittedAt'
  | 'focusLosses'
  | 'score'
  | 'maxScore'
  | 'needsMarking'
  | 'draw'
> & {
  exam: Pick<Exam, keyof typeof examSelect>;
  answers: Pick<AttemptAnswer, 'slot' | 'response' | 'mark' | 'comment'>[];
};

/** The caller's own attempt's result head (what a submit answers with), or not found. */
export async function attemptSummary(deps: TrainingDeps, ctx: Ctx, attemptId: string) {
  const attempt = await deps.prisma.examAttempt.findUnique({
    where: { id: attemptId },
    include: { exam: { select: examSelect } },
  });
  if (!attempt || attempt.personId !== ctx.actor.personId) throw attemptsErrors.attemptNotFound();
  return summaryOf(deps, attempt, false);
}

export async function attemptResult(deps: TrainingDeps, ctx: Ctx, attemptId: string) {
  const attempt = await deps.prisma.examAttempt.findUnique({
    where: { id: attemptId },
    include: { exam: { select: examSelect }, answers: true },
  });
  if (!attempt) throw attemptsErrors.attemptNotFound();
  const own = attempt.personId === ctx.actor.personId;
  const trainer = !own && (await trainsExaminee(deps, ctx.actor, attempt.examId, attempt.personId));
  if (!own && !trainer) throw attemptsErrors.attemptNotFound();
  return resultOf(deps, attempt, trainer);
}

/** The result's head — score and pass, no questions — as its reader may see it (see `resultOf`). */
export function summaryOf(
  deps: Pick<TrainingDeps, 'now'>,
  attempt: Omit<ResultAttempt, 'answers' | 'draw'>,
  trainer: boolean,
) {
  const now = deps.now();
  const ended = attempt.status === 'SUBMITTED';
  const shown = trainer || (ended && reviewAllowed(attempt.exam, ended, now));
  return {
    serverNow: now,
    attemptId: attempt.id,
    examId: attempt.exam.id,
    examTitle: attempt.exam.title,
    attemptNo: attempt.attemptNo,
    status: attempt.status,
    startedAt: attempt.startedAt,
    submittedAt: attempt.submittedAt,
    focusLosses: attempt.focusLosses,
    /** Score and answers may be shown now; when false, score, passed and questions are withheld. */
    reviewAllowed: shown,
    score: shown ? attempt.score : null,
    maxScore: attempt.maxScore,
    passMark: shown ? attempt.exam.passMark : null,
    /** Final only once nothing is left to mark by hand. */
    needsMarking: attempt.needsMarking,
    passed:
      shown && !attempt.needsMarking && attempt.score !== null
        ? attempt.score >= attempt.exam.passMark
        : null,
  };
}

/** The result as its reader may see it (a trainer of the examinee's hall sees everything, at any time). */
export async function resultOf(deps: TrainingDeps, attempt: ResultAttempt, trainer: boolean) {
  const summary = summaryOf(deps, attempt, trainer);
  const shown = summary.reviewAllowed;
  const draw = attempt.draw as unknown as AttemptDraw;
  const byVersion = shown
    ? await frozenVersions(
        deps,
        draw.slots.flatMap((s) => [s.versionId, markingVersionOf(s)]),
      )
    : new Map<string, FrozenVersion>();
  const answers = new Map(attempt.answers.map((a) => [a.slot, a]));
  return {
    ...summary,
    questions: shown
      ? draw.slots.map((slot) => {
          const version = byVersion.get(slot.versionId)!;
          const answer = answers.get(slot.slot);
          return {
            slot: slot.slot,
            type: slot.type,
            points: slot.points,
            stem: version.stem,
            body: examineeBody(version.body as unknown as QuestionBody, slot.optionOrder),
            response: (answer?.response ?? null) as QuestionResponse | null,
            mark: answer ? answer.mark : attempt.status === 'SUBMITTED' ? 0 : null,
            comment: answer?.comment ?? null,
            // After a regrade, the corrected key that marked it.
            key: byVersion.get(markingVersionOf(slot))!.answerKey,
          };
        })
      : [],
  };
}

/** The caller's own attempts (我的考试记录), newest first, with the exam's result by its grading method. */
export async function myAttempts(deps: TrainingDeps, ctx: Ctx, examId?: string | null) {
  const where = { personId: ctx.actor.personId, ...(examId ? { examId } : {}) };
  await settleDue(deps, where);
  const now = deps.now();
  const rows = await deps.prisma.examAttempt.findMany({
    where,
    include: { exam: { select: examSelect } },
    orderBy: [{ startedAt: 'desc' }],
    take: 200,
  });
  const byExam = new Map<string, typeof rows>();
  for (const row of rows) byExam.set(row.examId, [...(byExam.get(row.examId) ?? []), row]);
  return {
    serverNow: now,
    attempts: rows.map((r) => {
      const shown = r.status === 'SUBMITTED' && reviewAllowed(r.exam, true, now);
      return {
        id: r.id,
        examId: r.examId,
        examTitle: r.exam.title,
        attemptNo: r.attemptNo,
        status: r.status,
        startedAt: r.startedAt,
        deadlineAt: r.deadlineAt,
        submittedAt: r.submittedAt,
        counted: r.counted,
        needsMarking: r.needsMarking,
        reviewAllowed: shown,
        score: shown ? r.score : null,
        maxScore: r.maxScore,
      };
    }),
    exams: [...byExam.values()].map((attempts) => {
      const exam = attempts[0]!.exam;
      const shown = reviewAllowed(exam, true, now);
      const final = attempts.every((a) => !a.needsMarking);
      const result = examResult(attempts, exam.gradingMethod);
      return {
        examId: exam.id,
        examTitle: exam.title,
        result: shown && final ? result : null,
        passed: shown && final && result !== null ? result >= exam.passMark : null,
      };
    }),
  };
}

/** An exam's attempts in the caller's scope (考生作答情况), with focus losses, for trainers and supervisors. */
export async function examAttempts(deps: TrainingDeps, ctx: Ctx, examId: string) {
  if (!canAnywhere(ctx.actor, 'training.read') && !canAnywhere(ctx.actor, 'training.exam.manage')) {
    throw attemptsErrors.resultsDenied();
  }
  const scope = new Set([
    ...scopeOf(ctx.actor, 'training.read').orgNodeIds,
    ...scopeOf(ctx.actor, 'training.exam.manage').orgNodeIds,
  ]);
  const candidates = await deps.prisma.examCandidate.findMany({
    where: { examId, orgNodeId: { in: [...scope] } },
    select: { personId: true, personName: true, staffNo: true, orgName: true },
  });
  const people = new Map(candidates.map((c) => [c.personId, c]));
  await settleDue(deps, { examId, personId: { in: [...people.keys()] } });
  const rows = await deps.prisma.examAttempt.findMany({
    where: { examId, personId: { in: [...people.keys()] } },
    orderBy: [{ personId: 'asc' }, { attemptNo: 'asc' }],
  });
  return {
    serverNow: deps.now(),
    attempts: rows.map((r) => ({
      id: r.id,
      personName: people.get(r.personId)!.personName,
      staffNo: people.get(r.personId)!.staffNo,
      orgName: people.get(r.personId)!.orgName,
      attemptNo: r.attemptNo,
      status: r.status,
      startedAt: r.startedAt,
      submittedAt: r.submittedAt,
      score: r.score,
      maxScore: r.maxScore,
      needsMarking: r.needsMarking,
      counted: r.counted,
      focusLosses: r.focusLosses,
    })),
  };
}
