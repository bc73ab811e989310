// The candidates table of an exam's detail page: each candidate the caller may see (a hall manager their hall's,
// a district supervisor their district's), with their hall, progress and — once results are released, or always
// for the trainer who holds it — their result.
import type { CandidateProgress } from '@duda/contract-training';
import { type PageInput } from '@duda/service-kit';
import type { TrainingDeps } from '../deps.ts';
import { reviewAllowed } from '../domain/exam-settings.ts';
import { examResult } from '../domain/grading.ts';
import { candidateScope, examOrFail, managesExam, type ExamCtx } from './exam-access.ts';
import { attemptsByPerson, keyOf } from './progress.ts';

export async function listCandidates(
  deps: TrainingDeps,
  ctx: ExamCtx,
  filter: PageInput & { id: string; hallId?: string | null; progress?: CandidateProgress | null },
) {
  const exam = await examOrFail(deps, ctx, filter.id);
  const candidates = await deps.prisma.examCandidate.findMany({
    where: {
      examId: exam.id,
      orgNodeId: { in: candidateScope(ctx.actor) },
      ...(filter.hallId ? { orgNodeId: filter.hallId } : {}),
    },
    orderBy: [{ orgName: 'asc' }, { staffNo: 'asc' }],
  });
  const inScope = new Set(candidateScope(ctx.actor));
  const visible = candidates.filter((c) => inScope.has(c.orgNodeId));
  const attempts = await attemptsByPerson(deps, {
    examId: exam.id,
    personId: { in: visible.map((c) => c.personId) },
  });
  const now = deps.now();
  const showResults = managesExam(ctx.actor, exam) || reviewAllowed(exam, true, now);
  const rows = visible.map((c) => {
    const mine = attempts.get(keyOf(exam.id, c.personId));
    const pending = mine?.attempts.some((a) => a.needsMarking) ?? false;
    const result = showResults && mine && !pending ? examResult(mine.attempts, exam.gradingMethod) : null;
    return {
      personId: c.personId,
      personName: c.personName,
      staffNo: c.staffNo,
      hallId: c.orgNodeId,
      hallName: c.orgName,
      progress: mine?.progress ?? ('NOT_STARTED' as CandidateProgress),
      attemptsUsed: mine?.attempts.length ?? 0,
      result,
      passed: result === null ? null : result >= exam.passMark,
      awaitingMarking: pending,
    };
  });
  const filtered = filter.progress ? rows.filter((r) => r.progress === filter.progress) : rows;
  const start = (filter.page - 1) * filter.pageSize;
  const halls = [...new Map(visible.map((c) => [c.orgNodeId, c.orgName])).entries()].map(([id, name]) => ({
    id,
    name,
  }));
  return {
    items: filtered.slice(start, start + filter.pageSize),
    total: filtered.length,
    page: filter.page,
    pageSize: filter.pageSize,
    /** The halls present, for the filter. */
    halls,
  };
}
