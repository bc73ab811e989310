// 谈话任务 (表9): hall managers list their hall's tasks and record each talk; supervisors, trainers, leaders and HR
// read them in their scope.
import { can } from '@duda/authz';
import { analysisErrors, type ConversationStatus } from '@duda/contract-training';
import type { TrainingDeps } from '../deps.ts';
import type { Prisma } from '../generated/prisma/client.ts';
import { analysisScope, type AnalysisCtx } from './access.ts';

export function tasksInScope(ctx: AnalysisCtx): Prisma.ConversationTaskWhereInput {
  const nodes = [...analysisScope(ctx.actor).nodeIds];
  return { OR: [{ hallId: { in: nodes } }, { orgPath: { hasSome: nodes } }] };
}

export async function listConversations(
  deps: TrainingDeps,
  ctx: AnalysisCtx,
  filter: { status?: ConversationStatus | null; month?: string | null },
) {
  const tasks = await deps.prisma.conversationTask.findMany({
    where: {
      AND: [
        tasksInScope(ctx),
        filter.status ? { status: filter.status } : {},
        filter.month ? { month: filter.month } : {},
      ],
    },
    include: { exam: { select: { title: true } } },
    orderBy: [{ status: 'asc' }, { createdAt: 'desc' }, { staffNo: 'asc' }],
    take: 500,
  });
  return tasks.map((t) => ({
    id: t.id,
    examId: t.examId,
    examTitle: t.exam.title,
    month: t.month,
    personId: t.personId,
    personName: t.personName,
    staffNo: t.staffNo,
    hallId: t.hallId,
    hallName: t.hallName,
    managerName: t.managerName,
    score: t.score,
    cityMean: t.cityMean,
    status: t.status,
    notes: t.notes,
    doneAt: t.doneAt,
    canRecord: t.status === 'OPEN' && can(ctx.actor, 'training.conversation.record', { orgNodeId: t.hallId }),
  }));
}

export async function completeConversation(
  deps: TrainingDeps,
  ctx: AnalysisCtx,
  input: { id: string; notes: string },
) {
  const task = await deps.prisma.conversationTask.findFirst({
    where: { AND: [{ id: input.id }, tasksInScope(ctx)] },
  });
  if (!task) throw analysisErrors.conversationNotFound();
  if (!can(ctx.actor, 'training.conversation.record', { orgNodeId: task.hallId }))
    throw analysisErrors.conversationDenied();
  const done = await deps.prisma.conversationTask.updateMany({
    where: { id: task.id, status: 'OPEN' },
    data: { status: 'DONE', notes: input.notes, doneAt: deps.now(), doneById: ctx.actor.personId },
  });
  if (done.count === 0) throw analysisErrors.conversationDone();
  return { id: task.id, status: 'DONE' as const };
}
