// `training.figures.month`: the caller's city's month of written exams and retakes, candidate by candidate, for
// other services — the performance area scores exam score and retake result from it and links each attempt as the
// evidence behind a figure. Holders of training.analysis.read ask, and get the candidates in their scope only.
import type { TrainingDeps } from '../deps.ts';
import type { Exam } from '../generated/prisma/client.ts';
import { homeCityOf } from '../ports/org-directory.ts';
import { analysisScope, type AnalysisCtx } from './access.ts';
import { attemptsOf } from './subject.ts';

const SCORED: readonly Exam['kind'][] = ['CITY_MONTHLY', 'DISTRICT_WRITTEN', 'RETAKE'];

export interface ExamFigure {
  examId: string;
  examTitle: string;
  kind: Exam['kind'];
  /** The exam a retake makes up for. */
  retakeOfId: string | null;
  /** The exam's window has ended: a candidate without a result did not sit it. */
  closed: boolean;
  personId: string;
  /** The candidate's unit when the exam was published (their hall), for a hall's figures (#11's closed loop). */
  orgNodeId: string;
  /** The attempt that gives the result (by the exam's grading method), null when none is final yet. */
  attemptId: string | null;
  percent: number | null;
  passed: boolean | null;
}

export async function monthFigures(deps: TrainingDeps, ctx: AnalysisCtx, input: { month: string }) {
  const scope = analysisScope(ctx.actor);
  const city = await homeCityOf(deps.org, ctx);
  if (!city) return { results: [] as ExamFigure[] };
  const exams = await deps.prisma.exam.findMany({
    where: { cityId: city.id, month: input.month, status: 'PUBLISHED', kind: { in: [...SCORED] } },
    orderBy: { opensAt: 'asc' },
  });
  const [{ attempts, results }, candidates] = await Promise.all([
    attemptsOf(deps, exams),
    deps.prisma.examCandidate.findMany({
      where: { examId: { in: exams.map((exam) => exam.id) } },
      select: { examId: true, personId: true, orgNodeId: true, orgPath: true },
    }),
  ]);
  const key = (examId: string, personId: string) => `${examId}:${personId}`;
  const resultOf = new Map(results.map((result) => [key(result.examId, result.personId), result]));
  const attemptOf = new Map(
    attempts.map((attempt) => [key(attempt.examId, attempt.personId), attempt.attemptId]),
  );
  const examOf = new Map(exams.map((exam) => [exam.id, exam]));
  const now = deps.now();
  return {
    results: candidates
      .filter((candidate) => scope.covers({ hallId: candidate.orgNodeId, orgPath: candidate.orgPath }))
      .map((candidate): ExamFigure => {
        const exam = examOf.get(candidate.examId)!;
        const result = resultOf.get(key(exam.id, candidate.personId));
        return {
          examId: exam.id,
          examTitle: exam.title,
          kind: exam.kind,
          retakeOfId: exam.retakeOfId,
          closed: exam.closesAt <= now,
          personId: candidate.personId,
          orgNodeId: candidate.orgNodeId,
          attemptId: attemptOf.get(key(exam.id, candidate.personId)) ?? null,
          percent: result?.percent ?? null,
          passed: result?.passed ?? null,
        };
      }),
  };
}
