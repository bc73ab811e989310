// 待办 of the training area (ADR 0018): the exams the caller is to sit now, the short answers a trainer is to mark,
// the required reading not yet read to the end, and the conversations (谈话记录, 表9) a hall manager is to record.
// Training plans are published by their keeper without approval, so there is nothing to approve here.
import { canAnywhere, scopeOf, type Actor } from '@duda/authz';
import { definePendingKinds, mergePending, pendingPage, type PendingPage } from '@duda/contract-kit';
import type { CallerContext } from '@duda/service-kit';
import type { TrainingDeps } from '../deps.ts';
import { attemptsByPerson, keyOf } from '../exams/progress.ts';
import { markingExams } from '../marking/marking-service.ts';

type Ctx = CallerContext & { actor: Actor };

export const trainingPending = definePendingKinds('training', {
  'exam.take': { 'zh-CN': '参加考试', en: 'Take an exam' },
  'exam.mark': { 'zh-CN': '阅卷', en: 'Mark answers' },
  'reading.required': { 'zh-CN': '必读文章', en: 'Required reading' },
  'conversation.record': { 'zh-CN': '谈话记录（表9）', en: 'Record a conversation (form 9)' },
});

/** Open now, and the caller has not handed in: an attempt under way, or none yet with one still allowed. */
async function examsToTake(deps: TrainingDeps, actor: Actor, now: Date, limit: number) {
  if (!canAnywhere(actor, 'training.exam.take')) return pendingPage([], limit);
  const personId = actor.personId;
  const exams = await deps.prisma.exam.findMany({
    where: {
      status: 'PUBLISHED',
      opensAt: { lte: now },
      closesAt: { gt: now },
      candidates: { some: { personId } },
    },
    select: { id: true, title: true, orgNodeId: true, orgName: true, closesAt: true, attemptsAllowed: true },
  });
  const attempts = await attemptsByPerson(deps, { examId: { in: exams.map((e) => e.id) }, personId });
  const toTake = exams.filter((exam) => {
    const mine = attempts.get(keyOf(exam.id, personId));
    if (!mine) return true;
    if (mine.attempts.some((a) => a.status === 'SUBMITTED')) return false;
    return mine.progress === 'IN_PROGRESS' || mine.attempts.length < exam.attemptsAllowed;
  });
  return pendingPage(
    toTake.map((exam) =>
      trainingPending.action('exam.take', {
        objectId: exam.id,
        title: exam.title,
        orgNodeId: exam.orgNodeId,
        orgName: exam.orgName,
        dueAt: exam.closesAt,
        overdue: false,
        path: `take/${exam.id}`,
      }),
    ),
    limit,
  );
}

/** One action per exam with short answers left to mark in the trainer's scope; marking has no deadline. */
async function answersToMark(deps: TrainingDeps, ctx: Ctx, limit: number) {
  if (!canAnywhere(ctx.actor, 'training.exam.manage')) return pendingPage([], limit);
  const exams = await markingExams(deps, ctx, true);
  return pendingPage(
    exams.map((exam) =>
      trainingPending.action('exam.mark', {
        objectId: exam.id,
        title: exam.title,
        orgNodeId: null,
        orgName: null,
        dueAt: null,
        overdue: false,
        path: 'marking',
      }),
    ),
    limit,
  );
}

/** 必读 not yet read to the end; past its deadline it stays, overdue. */
async function readingToDo(deps: TrainingDeps, actor: Actor, now: Date, limit: number) {
  const me = actor.personId;
  const unread = {
    personId: me,
    requiredReading: {
      article: { status: 'PUBLISHED' as const, reads: { none: { personId: me, finishedAt: { not: null } } } },
    },
  };
  const [rows, total, overdue] = await Promise.all([
    deps.prisma.requiredReader.findMany({
      where: unread,
      select: {
        orgNodeId: true,
        orgName: true,
        requiredReading: {
          select: { id: true, deadline: true, article: { select: { id: true, title: true } } },
        },
      },
      orderBy: [{ requiredReading: { deadline: 'asc' } }, { requiredReadingId: 'asc' }],
      take: limit,
    }),
    deps.prisma.requiredReader.count({ where: unread }),
    deps.prisma.requiredReader.count({
      where: { ...unread, requiredReading: { ...unread.requiredReading, deadline: { lt: now } } },
    }),
  ]);
  return {
    items: rows.map(({ requiredReading: r, orgNodeId, orgName }) =>
      trainingPending.action('reading.required', {
        objectId: r.id,
        title: r.article.title,
        orgNodeId,
        orgName,
        dueAt: r.deadline,
        overdue: r.deadline.getTime() < now.getTime(),
        path: `knowledge/${r.article.id}`,
      }),
    ),
    total,
    overdue,
  } satisfies PendingPage;
}

/** Conversations still open in the halls where the caller records them (any manager of the hall may). */
async function conversationsToRecord(deps: TrainingDeps, actor: Actor, limit: number) {
  const halls = scopeOf(actor, 'training.conversation.record').orgNodeIds;
  if (!halls.length) return pendingPage([], limit);
  const where = { hallId: { in: halls }, status: 'OPEN' as const };
  const [rows, total] = await Promise.all([
    deps.prisma.conversationTask.findMany({
      where,
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      take: limit,
      select: { id: true, personName: true, hallId: true, hallName: true },
    }),
    deps.prisma.conversationTask.count({ where }),
  ]);
  return {
    items: rows.map((task) =>
      trainingPending.action('conversation.record', {
        objectId: task.id,
        title: task.personName,
        orgNodeId: task.hallId,
        orgName: task.hallName,
        dueAt: null,
        overdue: false,
        path: 'conversations',
      }),
    ),
    total,
    overdue: 0,
  } satisfies PendingPage;
}

/** `training.pending.mine`: the caller's own pending actions in this area, the soonest first, at most `limit`. */
export async function myPendingActions(deps: TrainingDeps, ctx: Ctx, limit: number): Promise<PendingPage> {
  const now = deps.now();
  const pages = await Promise.all([
    examsToTake(deps, ctx.actor, now, limit),
    answersToMark(deps, ctx, limit),
    readingToDo(deps, ctx.actor, now, limit),
    conversationsToRecord(deps, ctx.actor, limit),
  ]);
  return mergePending(pages, limit);
}
