// 低于全市平均: the people whose result is under the city mean. The city mean of a city monthly exam is the mean of
// its results; a district written exam is held per district on the district's own paper, so its city mean is the
// mean over every district's written exam of that month — the city's picture of the month. Results are compared
// as percentages of full marks, so papers of different totals compare.
import { can } from '@duda/authz';
import { analysisErrors } from '@duda/contract-training';
import type { TrainingDeps } from '../deps.ts';
import type { Exam } from '../generated/prisma/client.ts';
import { analysisScope, type AnalysisCtx } from './access.ts';
import { attemptsOf, examInScope, type PersonResult } from './subject.ts';

/** The exams whose results make the city mean for `exam`. */
export async function cityPool(deps: Pick<TrainingDeps, 'prisma'>, exam: Exam): Promise<Exam[]> {
  if (exam.kind !== 'DISTRICT_WRITTEN') return [exam];
  const pool = await deps.prisma.exam.findMany({
    where: { cityId: exam.cityId, month: exam.month, kind: 'DISTRICT_WRITTEN', status: 'PUBLISHED' },
  });
  return pool.some((e) => e.id === exam.id) ? pool : [...pool, exam];
}

export interface BelowAverage {
  cityMean: number | null;
  /** How many exams the city mean was taken over. */
  pooledExams: number;
  /** This exam's results under the city mean, lowest first. */
  below: PersonResult[];
}

export async function belowCityMean(deps: Pick<TrainingDeps, 'prisma'>, exam: Exam): Promise<BelowAverage> {
  const pool = await cityPool(deps, exam);
  const { results } = await attemptsOf(deps, pool);
  if (results.length === 0) return { cityMean: null, pooledExams: pool.length, below: [] };
  const cityMean = results.reduce((sum, r) => sum + r.percent, 0) / results.length;
  const below = results
    .filter((r) => r.examId === exam.id && r.percent < cityMean)
    .sort((a, b) => a.percent - b.percent || a.staffNo.localeCompare(b.staffNo));
  return { cityMean, pooledExams: pool.length, below };
}

/** The list for the caller's scope, with where each person stands in the retake loop. */
export async function belowAverageList(deps: TrainingDeps, ctx: AnalysisCtx, examId: string) {
  const scope = analysisScope(ctx.actor);
  const exam = await deps.prisma.exam.findUnique({ where: { id: examId } });
  if (!exam || !(await examInScope(deps, exam, scope))) throw analysisErrors.examNotFound();
  const { cityMean, pooledExams, below } = await belowCityMean(deps, exam);
  const retake = await retakeOf(deps, exam.id);
  const enrolled = new Set(retake ? personIdsOf(retake.target) : []);
  const tasks = new Map(
    (await deps.prisma.conversationTask.findMany({ where: { examId } })).map((t) => [t.personId, t]),
  );
  return {
    exam: { id: exam.id, title: exam.title, kind: exam.kind, month: exam.month },
    cityMean,
    pooledExams,
    /** The trainer who holds the exam may enrol the list in the retake. */
    canEnrol: can(ctx.actor, 'training.exam.manage', { orgNodeId: exam.orgNodeId }),
    retake: retake && { id: retake.id, title: retake.title, month: retake.month, status: retake.status },
    people: below
      .filter((r) => scope.covers(r))
      .map((r) => {
        const task = tasks.get(r.personId);
        return {
          personId: r.personId,
          personName: r.personName,
          staffNo: r.staffNo,
          hallId: r.hallId,
          hallName: r.hallName,
          percent: r.percent,
          gap: r.percent - cityMean!,
          enrolled: enrolled.has(r.personId),
          conversation: task ? { id: task.id, status: task.status, managerName: task.managerName } : null,
        };
      }),
  };
}

export const retakeOf = (deps: TrainingDeps, examId: string) =>
  deps.prisma.exam.findFirst({
    where: { retakeOfId: examId, kind: 'RETAKE', status: { not: 'CANCELLED' } },
    orderBy: { createdAt: 'asc' },
  });

export function personIdsOf(target: unknown): string[] {
  const ids = (target as { personIds?: unknown } | null)?.personIds;
  return Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
}
