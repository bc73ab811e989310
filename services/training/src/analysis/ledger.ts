// 台帐: the cycle's ledger for a month — per exam the city mean and who was under it, and per person the talk
// (status, notes) and the retake's result, in the caller's scope.
import type { TrainingDeps } from '../deps.ts';
import { monthSummary } from '../training-plans/summary.ts';
import type { AnalysisCtx } from './access.ts';
import { tasksInScope } from './conversations.ts';
import { attemptsOf } from './subject.ts';

export async function ledger(deps: TrainingDeps, ctx: AnalysisCtx, month: string) {
  const tasks = await deps.prisma.conversationTask.findMany({
    where: { AND: [tasksInScope(ctx), { month }] },
    include: { exam: { select: { id: true, title: true, kind: true } } },
    orderBy: [{ examId: 'asc' }, { score: 'asc' }],
  });
  const retakeIds = [...new Set(tasks.map((t) => t.retakeExamId).filter((id): id is string => id !== null))];
  const retakes = await deps.prisma.exam.findMany({ where: { id: { in: retakeIds } } });
  const { results } = await attemptsOf(deps, retakes);
  const retakeResult = new Map(results.map((r) => [`${r.examId}:${r.personId}`, r]));
  const entries = tasks.map((t) => {
    const retake = retakes.find((e) => e.id === t.retakeExamId);
    const result = retake ? retakeResult.get(`${retake.id}:${t.personId}`) : undefined;
    return {
      taskId: t.id,
      examId: t.examId,
      examTitle: t.exam.title,
      personId: t.personId,
      personName: t.personName,
      staffNo: t.staffNo,
      hallName: t.hallName,
      score: t.score,
      cityMean: t.cityMean,
      managerName: t.managerName,
      conversation: t.status,
      notes: t.notes,
      doneAt: t.doneAt,
      retake: retake ? { id: retake.id, title: retake.title, status: retake.status } : null,
      retakePercent: result?.percent ?? null,
      retakePassed: result?.passed ?? null,
    };
  });
  const exams = [...new Map(tasks.map((t) => [t.examId, t])).values()].map((t) => {
    const own = entries.filter((e) => e.examId === t.examId);
    return {
      examId: t.examId,
      title: t.exam.title,
      kind: t.exam.kind,
      cityMean: t.cityMean,
      below: own.length,
      talked: own.filter((e) => e.conversation === 'DONE').length,
      retakeSat: own.filter((e) => e.retakePercent !== null).length,
      retakeAboveMean: own.filter((e) => e.retakePercent !== null && e.retakePercent >= e.cityMean).length,
    };
  });
  // The month's training plans (培训计划) beside the exams: topics, sessions held, attendance.
  return { month, exams, entries, trainingPlans: await monthSummary(deps, ctx, month) };
}
