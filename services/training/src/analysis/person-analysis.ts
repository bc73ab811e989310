// 个人强弱项: a person's facility per knowledge point against the city's — their strengths and weaknesses — and
// each exam's result beside the city mean.
import { analysisErrors, type AnalysisSubject } from '@duda/contract-training';
import { pointFacilities, strengthsAndWeaknesses } from '../domain/statistics/index.ts';
import type { TrainingDeps } from '../deps.ts';
import type { AnalysisCtx } from './access.ts';
import { pointNames } from './names.ts';
import { loadSubject } from './subject.ts';

export async function personAnalysis(
  deps: TrainingDeps,
  ctx: AnalysisCtx,
  input: { subject: AnalysisSubject; personId: string },
) {
  const loaded = await loadSubject(deps, ctx, input.subject);
  const results = loaded.results.filter((r) => r.personId === input.personId && loaded.scope.covers(r));
  if (results.length === 0) throw analysisErrors.personNotFound();
  const own = loaded.attempts.filter((a) => a.personId === input.personId);
  const city = pointFacilities(loaded.attempts.map((a) => a.questions));
  const compared = strengthsAndWeaknesses(pointFacilities(own.map((a) => a.questions)), city);
  const names = await pointNames(
    deps,
    compared.points.map((p) => p.knowledgePointId),
  );
  const named = <P extends { knowledgePointId: string }>(points: readonly P[]) =>
    points.map((p) => ({ ...p, name: names.get(p.knowledgePointId) ?? '' }));
  const first = results[0]!;
  return {
    person: {
      id: first.personId,
      name: first.personName,
      staffNo: first.staffNo,
      hallId: first.hallId,
      hallName: first.hallName,
    },
    results: results.map((r) => {
      const exam = loaded.exams.find((e) => e.id === r.examId)!;
      const cityResults = loaded.results.filter((c) => c.examId === r.examId);
      return {
        examId: r.examId,
        title: exam.title,
        percent: r.percent,
        passed: r.passed,
        cityMeanPercent: cityResults.reduce((sum, c) => sum + c.percent, 0) / cityResults.length,
      };
    }),
    points: named(compared.points),
    strengths: named(compared.strengths),
    weaknesses: named(compared.weaknesses),
  };
}
