// 考试分析: the summary and the per-question table of an exam (or a month's exams of a kind), over the attempts in
// the caller's scope, with the facility per knowledge point beside the city's.
import type { AnalysisSubject } from '@duda/contract-training';
import { computeStatistics, pointFacilities, type QuestionStatistics } from '../domain/statistics/index.ts';
import type { TrainingDeps } from '../deps.ts';
import type { AnalysisCtx } from './access.ts';
import { pointNames, questionTexts } from './names.ts';
import { loadSubject, type AnalysedAttempt } from './subject.ts';

export async function examAnalysis(deps: TrainingDeps, ctx: AnalysisCtx, subject: AnalysisSubject) {
  const loaded = await loadSubject(deps, ctx, subject);
  const attempts = loaded.attempts.filter((a) => loaded.scope.covers(a));
  const results = loaded.results.filter((r) => loaded.scope.covers(r));
  const { columns, rows } = matrix(attempts);
  const single = loaded.exams.length === 1 ? loaded.exams[0]! : null;
  const statistics = computeStatistics({
    questions: columns.map((c) => ({ maxMark: c.maxMark })),
    attempts: rows,
    paperTotal: attempts.reduce((max, a) => Math.max(max, a.maxScore), 0),
    ...(single ? { passMark: single.passMark } : {}),
  });
  const [texts, names] = await Promise.all([
    questionTexts(
      deps,
      columns.map((c) => c.versionId),
    ),
    pointNames(
      deps,
      columns.map((c) => c.knowledgePointId),
    ),
  ]);
  const city = pointFacilities(loaded.attempts.map((a) => a.questions));
  const here = pointFacilities(attempts.map((a) => a.questions));
  return {
    exams: loaded.visibleExams.map((e) => ({
      id: e.id,
      title: e.title,
      kind: e.kind,
      month: e.month,
      orgName: e.orgName,
      passMark: e.passMark,
      closesAt: e.closesAt,
    })),
    summary: {
      ...statistics.exam,
      // With several exams each result is held against its own exam's pass mark.
      passRate: results.length ? results.filter((r) => r.passed).length / results.length : null,
      people: results.length,
      meanPercent: results.length ? results.reduce((sum, r) => sum + r.percent, 0) / results.length : null,
    },
    questions: columns.map((c, i) => ({
      questionId: c.questionId,
      number: i + 1,
      stem: texts.get(c.questionId)?.stem ?? '',
      type: texts.get(c.questionId)?.type ?? null,
      knowledgePointId: c.knowledgePointId,
      knowledgePoint: names.get(c.knowledgePointId) ?? '',
      ...figures(statistics.questions[i]!),
    })),
    knowledgePoints: [...here.values()]
      .map((p) => ({
        id: p.knowledgePointId,
        name: names.get(p.knowledgePointId) ?? '',
        facility: p.facility,
        mean: p.mean,
        attempts: p.attempts,
        cityFacility: city.get(p.knowledgePointId)?.facility ?? null,
      }))
      .sort((a, b) => (a.facility ?? 2) - (b.facility ?? 2)),
  };
}

const figures = (q: QuestionStatistics) => ({
  s: q.s,
  maxMark: q.maxMark,
  facility: q.facility,
  sd: q.sd,
  sdPercent: q.sdPercent,
  discriminationIndex: q.discriminationIndex,
  discriminativeEfficiency: q.discriminativeEfficiency,
  effectiveWeight: q.effectiveWeight,
  intendedWeight: q.intendedWeight,
  flags: q.flags,
});

/**
 * One column per question in the order first seen (a fixed paper's order), one row per attempt; a question an
 * attempt did not have (random papers) is null there.
 */
export function matrix(attempts: readonly AnalysedAttempt[]) {
  const index = new Map<string, number>();
  const columns: { questionId: string; versionId: string; knowledgePointId: string; maxMark: number }[] = [];
  for (const attempt of attempts)
    for (const q of attempt.questions)
      if (!index.has(q.questionId)) {
        index.set(q.questionId, columns.length);
        columns.push({
          questionId: q.questionId,
          versionId: q.versionId,
          knowledgePointId: q.knowledgePointId,
          maxMark: q.maxMark,
        });
      }
  const rows = attempts.map((attempt) => {
    const marks: (number | null)[] = new Array<number | null>(columns.length).fill(null);
    for (const q of attempt.questions) marks[index.get(q.questionId)!] = q.mark;
    return { marks };
  });
  return { columns, rows };
}
