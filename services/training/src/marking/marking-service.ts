// Marking short answers (阅卷) by trainers of the examinees' halls: a queue per exam, blind by default (a label per
// attempt instead of the name), the rubric and the reference answer beside each answer; a mark within the
// question's points, after which the attempt's score is summed again and is final once nothing is left to mark.
import { canAnywhere, scopeOf, type Actor } from '@duda/authz';
import { recordEvent } from '@duda/events';
import { skipTake, type CallerContext } from '@duda/service-kit';
import {
  blindLabel,
  markingErrors,
  type AttemptDraw,
  type MarkingFilter,
  type QuestionBody,
  type QuestionKey,
} from '@duda/contract-training';
import { Prisma } from '../generated/prisma/client.ts';
import { lockAttempt, rescoreLocked } from '../attempts/attempt-state.ts';
import { table } from '../attempts/sql.ts';
import type { TrainingDeps } from '../deps.ts';
import { resultReleased } from '../events/domain-events.ts';

type Ctx = CallerContext & { actor: Actor };

/** Org nodes whose examinees the caller marks. */
export const markingScope = (actor: Actor) => scopeOf(actor, 'training.exam.manage').orgNodeIds;

/** Marking is the trainers' work: anyone else is refused outright rather than shown an empty queue. */
function assertMarker(actor: Actor) {
  if (!canAnywhere(actor, 'training.exam.manage')) throw markingErrors.notMarker();
}

const SHORT_ANSWER = { path: ['type'], equals: 'SHORT_ANSWER' } as const;

/** Exams with short answers to mark in the caller's scope, newest first. */
export async function markingExams(deps: TrainingDeps, ctx: Ctx, onlyPending: boolean) {
  assertMarker(ctx.actor);
  const scope = markingScope(ctx.actor);
  const rows = await deps.prisma.$queryRaw<
    { id: string; title: string; month: string; closesAt: Date; toMark: number; marked: number }[]
  >`
    SELECT e."id", e."title", e."month", e."closesAt",
           count(*) FILTER (WHERE an."mark" IS NULL)::int AS "toMark",
           count(*) FILTER (WHERE an."markedById" IS NOT NULL)::int AS "marked"
    FROM ${table('Exam')} e
    JOIN ${table('ExamAttempt')} at ON at."examId" = e."id" AND at."status" = 'SUBMITTED'
    JOIN ${table('ExamCandidate')} c ON c."examId" = e."id" AND c."personId" = at."personId"
    JOIN ${table('AttemptAnswer')} an ON an."attemptId" = at."id" AND an."response"->>'type' = 'SHORT_ANSWER'
    WHERE c."orgNodeId" = ANY(${scope}::uuid[])
    GROUP BY e."id"
    HAVING ${onlyPending ? Prisma.sql`count(*) FILTER (WHERE an."mark" IS NULL) > 0` : Prisma.sql`TRUE`}
    ORDER BY e."closesAt" DESC
    LIMIT 100`;
  return rows;
}

export interface QueueInput {
  examId: string;
  filter: MarkingFilter;
  revealNames: boolean;
  page: number;
  pageSize: number;
}

export async function markingQueue(deps: TrainingDeps, ctx: Ctx, input: QueueInput) {
  assertMarker(ctx.actor);
  const candidates = await deps.prisma.examCandidate.findMany({
    where: { examId: input.examId, orgNodeId: { in: markingScope(ctx.actor) } },
    select: { personId: true, personName: true, staffNo: true, orgName: true },
  });
  const people = new Map(candidates.map((c) => [c.personId, c]));
  const where: Prisma.AttemptAnswerWhereInput = {
    response: SHORT_ANSWER,
    attempt: { examId: input.examId, status: 'SUBMITTED', personId: { in: [...people.keys()] } },
    // A blank answer was marked 0 on submit: nothing to read, so it is in neither list.
    ...(input.filter === 'TO_MARK'
      ? { mark: null }
      : input.filter === 'MARKED'
        ? { markedById: { not: null } }
        : { OR: [{ mark: null }, { markedById: { not: null } }] }),
  };
  const [rows, total] = await Promise.all([
    deps.prisma.attemptAnswer.findMany({
      where,
      include: {
        attempt: { select: { id: true, personId: true, attemptNo: true, draw: true, submittedAt: true } },
      },
      orderBy: [{ attempt: { submittedAt: 'asc' } }, { attemptId: 'asc' }, { slot: 'asc' }],
      ...skipTake(input),
    }),
    deps.prisma.attemptAnswer.count({ where }),
  ]);
  const slots = rows.map((r) => {
    const slot = (r.attempt.draw as unknown as AttemptDraw).slots.find((s) => s.slot === r.slot)!;
    return { row: r, slot };
  });
  const versions = await deps.prisma.questionVersion.findMany({
    where: { id: { in: [...new Set(slots.map((s) => s.slot.versionId))] } },
    select: { id: true, stem: true, body: true, answerKey: true },
  });
  const byId = new Map(versions.map((v) => [v.id, v]));
  return {
    items: slots.map(({ row, slot }) => {
      const version = byId.get(slot.versionId)!;
      const body = version.body as unknown as QuestionBody;
      const key = version.answerKey as unknown as QuestionKey;
      const person = people.get(row.attempt.personId)!;
      return {
        attemptId: row.attemptId,
        label: blindLabel(row.attemptId),
        attemptNo: row.attempt.attemptNo,
        slot: row.slot,
        points: slot.points,
        stem: version.stem,
        rubric: body.type === 'SHORT_ANSWER' ? body.rubric : '',
        reference: key.type === 'SHORT_ANSWER' ? key.reference : '',
        text: (row.response as { text?: string }).text ?? '',
        mark: row.mark,
        comment: row.comment,
        markedAt: row.markedAt,
        submittedAt: row.attempt.submittedAt,
        examinee: input.revealNames
          ? { name: person.personName, staffNo: person.staffNo, orgName: person.orgName }
          : null,
      };
    }),
    total,
    page: input.page,
    pageSize: input.pageSize,
  };
}

export interface MarkInput {
  attemptId: string;
  slot: number;
  mark: number;
  comment?: string | null;
}

export async function markAnswer(deps: TrainingDeps, ctx: Ctx, input: MarkInput) {
  const attempt = await deps.prisma.examAttempt.findUnique({
    where: { id: input.attemptId },
    select: { examId: true, personId: true },
  });
  const candidate =
    attempt &&
    (await deps.prisma.examCandidate.findUnique({
      where: { examId_personId: { examId: attempt.examId, personId: attempt.personId } },
      select: { orgNodeId: true },
    }));
  if (!candidate || !markingScope(ctx.actor).includes(candidate.orgNodeId))
    throw markingErrors.answerNotFound();
  const now = deps.now();
  return deps.prisma.$transaction(async (tx) => {
    await lockAttempt(tx, input.attemptId);
    const locked = await tx.examAttempt.findUniqueOrThrow({ where: { id: input.attemptId } });
    if (locked.status !== 'SUBMITTED') throw markingErrors.notSubmitted();
    const slot = (locked.draw as unknown as AttemptDraw).slots.find((s) => s.slot === input.slot);
    if (!slot) throw markingErrors.answerNotFound({}, 'slot');
    if (slot.type !== 'SHORT_ANSWER') throw markingErrors.notManual({ slot: input.slot }, 'slot');
    if (input.mark > slot.points) throw markingErrors.markOutOfRange({ points: slot.points }, 'mark');
    const mark = Math.round(input.mark * 100) / 100;
    const updated = await tx.attemptAnswer.updateMany({
      where: { attemptId: input.attemptId, slot: input.slot },
      data: {
        mark,
        comment: input.comment ?? null,
        markedById: ctx.actor.personId,
        markedAt: now,
      },
    });
    if (updated.count === 0) throw markingErrors.answerNotFound({}, 'slot');
    const scored = await rescoreLocked(tx, input.attemptId);
    // The mark that leaves nothing to mark releases the result; re-marking a final one announces nothing.
    if (locked.needsMarking && !scored.needsMarking) {
      const exam = await tx.exam.findUniqueOrThrow({
        where: { id: attempt.examId },
        select: { title: true },
      });
      await recordEvent(tx, resultReleased, {
        attemptId: input.attemptId,
        examId: attempt.examId,
        examTitle: exam.title,
        personId: attempt.personId,
        score: scored.score ?? 0,
        maxScore: scored.maxScore,
        releasedAt: now.toISOString(),
      });
    }
    return { attemptId: input.attemptId, slot: input.slot, mark, ...scored };
  });
}
