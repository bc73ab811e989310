// What an analysis reads: the exams of the subject and, city-wide, the attempts that give each person's result
// with every question's mark and knowledge point. The city-wide set is the benchmark (the city mean, the city's
// facility per point); callers see people and groups only within their scope.
import { analysisErrors, type AnalysisSubject, type DrawnSlot } from '@duda/contract-training';
import { examResult } from '../domain/grading.ts';
import { countedAttempts } from '../domain/statistics/index.ts';
import type { TrainingDeps } from '../deps.ts';
import type { Exam } from '../generated/prisma/client.ts';
import { homeCityOf } from '../ports/org-directory.ts';
import { analysisScope, type AnalysisCtx, type AnalysisScope } from './access.ts';

export interface MarkedQuestion {
  readonly questionId: string;
  readonly versionId: string;
  readonly knowledgePointId: string;
  readonly mark: number;
  readonly maxMark: number;
}

/** One counted attempt, placed in the org tree. */
export interface AnalysedAttempt {
  readonly attemptId: string;
  readonly examId: string;
  readonly personId: string;
  readonly personName: string;
  readonly staffNo: string;
  readonly hallId: string;
  readonly hallName: string;
  /** hall → district → city. */
  readonly orgPath: readonly string[];
  readonly score: number;
  readonly maxScore: number;
  readonly questions: readonly MarkedQuestion[];
}

/** A person's result in one exam (their grade by the exam's grading method), as a percentage of full marks. */
export interface PersonResult {
  readonly examId: string;
  readonly personId: string;
  readonly personName: string;
  readonly staffNo: string;
  readonly hallId: string;
  readonly hallName: string;
  readonly orgPath: readonly string[];
  readonly percent: number;
  /** The result in marks reaches the exam's pass mark. */
  readonly passed: boolean;
}

export interface LoadedSubject {
  readonly cityId: string;
  /** All the subject's exams: the benchmark is taken over them. */
  readonly exams: readonly Exam[];
  /** Those the caller may name: held for a node in their scope, or with candidates there. */
  readonly visibleExams: readonly Exam[];
  /** City-wide: the benchmark. */
  readonly attempts: readonly AnalysedAttempt[];
  readonly results: readonly PersonResult[];
  readonly scope: AnalysisScope;
}

export async function loadSubject(
  deps: TrainingDeps,
  ctx: AnalysisCtx,
  subject: AnalysisSubject,
): Promise<LoadedSubject> {
  const scope = analysisScope(ctx.actor);
  const { cityId, exams } = await examsOf(deps, ctx, subject, scope);
  const { attempts, results } = await attemptsOf(deps, exams);
  const visibleExams = [];
  for (const exam of exams) if (await examInScope(deps, exam, scope)) visibleExams.push(exam);
  return { cityId, exams, visibleExams, attempts, results, scope };
}

async function examsOf(deps: TrainingDeps, ctx: AnalysisCtx, subject: AnalysisSubject, scope: AnalysisScope) {
  if ('examId' in subject) {
    const exam = await deps.prisma.exam.findUnique({ where: { id: subject.examId } });
    if (!exam || !(await examInScope(deps, exam, scope))) throw analysisErrors.examNotFound();
    return { cityId: exam.cityId, exams: [exam] };
  }
  const city = await homeCityOf(deps.org, ctx);
  if (!city) return { cityId: '', exams: [] };
  const exams = await deps.prisma.exam.findMany({
    where: { cityId: city.id, month: subject.month, kind: subject.kind, status: 'PUBLISHED' },
    orderBy: [{ orgName: 'asc' }, { createdAt: 'asc' }],
  });
  return { cityId: city.id, exams };
}

/** An exam is the caller's to analyse when it is held for a node in their scope or has candidates there. */
export async function examInScope(deps: TrainingDeps, exam: Exam, scope: AnalysisScope) {
  if (scope.nodeIds.has(exam.orgNodeId)) return true;
  const nodes = [...scope.nodeIds];
  const placed = await deps.prisma.examCandidate.count({
    where: { examId: exam.id, OR: [{ orgNodeId: { in: nodes } }, { orgPath: { hasSome: nodes } }] },
  });
  return placed > 0;
}

export async function attemptsOf(deps: Pick<TrainingDeps, 'prisma'>, exams: readonly Exam[]) {
  if (exams.length === 0) return { attempts: [], results: [] };
  const examIds = exams.map((e) => e.id);
  const [candidates, rows] = await Promise.all([
    deps.prisma.examCandidate.findMany({ where: { examId: { in: examIds } } }),
    deps.prisma.examAttempt.findMany({
      // Final results only: submitted, counted, nothing left to mark by hand.
      where: {
        examId: { in: examIds },
        status: 'SUBMITTED',
        counted: true,
        needsMarking: false,
        score: { not: null },
      },
      select: {
        id: true,
        examId: true,
        personId: true,
        attemptNo: true,
        score: true,
        maxScore: true,
        draw: true,
        answers: { select: { slot: true, mark: true } },
      },
    }),
  ]);
  const candidateOf = new Map(candidates.map((c) => [`${c.examId}:${c.personId}`, c]));
  const slotsOf = new Map(rows.map((r) => [r.id, (r.draw as { slots?: DrawnSlot[] }).slots ?? []]));
  const pointOf = await knowledgePointsOf(deps, [
    ...new Set([...slotsOf.values()].flat().map((s) => s.questionId)),
  ]);

  const attempts: AnalysedAttempt[] = [];
  const results: PersonResult[] = [];
  for (const exam of exams) {
    const graded = rows
      .filter((r) => r.examId === exam.id && candidateOf.has(`${r.examId}:${r.personId}`))
      .map((r) => ({ ...r, score: r.score! }));
    for (const row of countedAttempts(graded, exam.gradingMethod)) {
      const candidate = candidateOf.get(`${row.examId}:${row.personId}`)!;
      const marks = new Map(row.answers.map((a) => [a.slot, a.mark]));
      attempts.push({
        attemptId: row.id,
        examId: row.examId,
        personId: row.personId,
        personName: candidate.personName,
        staffNo: candidate.staffNo,
        hallId: candidate.orgNodeId,
        hallName: candidate.orgName,
        orgPath: candidate.orgPath,
        score: row.score,
        maxScore: row.maxScore,
        questions: slotsOf.get(row.id)!.map((slot) => ({
          questionId: slot.questionId,
          versionId: slot.versionId,
          knowledgePointId: pointOf.get(slot.questionId) ?? '',
          // A slot given but never answered has no answer row: it earned nothing.
          mark: marks.get(slot.slot) ?? 0,
          maxMark: slot.points,
        })),
      });
    }
    const byPerson = new Map<string, typeof graded>();
    for (const r of graded) byPerson.set(r.personId, [...(byPerson.get(r.personId) ?? []), r]);
    for (const [personId, own] of byPerson) {
      const candidate = candidateOf.get(`${exam.id}:${personId}`)!;
      const percent = examResult(
        own.map((a) => ({
          attemptNo: a.attemptNo,
          counted: true,
          score: a.maxScore > 0 ? (100 * a.score) / a.maxScore : 0,
        })),
        exam.gradingMethod,
      );
      const raw = examResult(
        own.map((a) => ({ attemptNo: a.attemptNo, counted: true, score: a.score })),
        exam.gradingMethod,
      );
      if (percent === null || raw === null) continue;
      results.push({
        examId: exam.id,
        personId,
        personName: candidate.personName,
        staffNo: candidate.staffNo,
        hallId: candidate.orgNodeId,
        hallName: candidate.orgName,
        orgPath: candidate.orgPath,
        percent,
        passed: raw >= exam.passMark,
      });
    }
  }
  return { attempts, results };
}

async function knowledgePointsOf(deps: Pick<TrainingDeps, 'prisma'>, questionIds: string[]) {
  const questions = await deps.prisma.question.findMany({
    where: { id: { in: questionIds } },
    select: { id: true, knowledgePointId: true },
  });
  return new Map(questions.map((q) => [q.id, q.knowledgePointId]));
}
