// One question's statistics across every counted attempt that had it, in any exam — what the bank list shows
// beside each question. Each attempt is scaled by the question's points there, so papers that gave the question
// different points compare: the mark becomes a fraction of the question, the total follows by the same factor.
import { analysisErrors } from '@duda/contract-training';
import { analyseQuestion, type QuestionFigures } from '../domain/statistics/index.ts';
import type { TrainingDeps } from '../deps.ts';
import { Prisma } from '../generated/prisma/client.ts';
import { homeCityOf } from '../ports/org-directory.ts';
import { analysisScope, type AnalysisCtx } from './access.ts';
import { table } from './sql.ts';

interface SampleRow {
  questionId: string;
  mark: number;
  points: number;
  score: number;
}

/** For the bank (no caller check): the figures of each question that has been in a final attempt. */
export async function questionStatistics(
  prisma: TrainingDeps['prisma'],
  questionIds: readonly string[],
): Promise<Map<string, QuestionFigures>> {
  if (questionIds.length === 0) return new Map();
  const rows = await prisma.$queryRaw<SampleRow[]>`
    SELECT s->>'questionId' AS "questionId",
           COALESCE(ans.mark, 0)::float8 AS mark,
           (s->>'points')::float8 AS points,
           a.score::float8 AS score
      FROM ${table('ExamAttempt')} a
      CROSS JOIN LATERAL jsonb_array_elements(a.draw->'slots') s
      LEFT JOIN ${table('AttemptAnswer')} ans ON ans."attemptId" = a.id AND ans.slot = (s->>'slot')::int
     WHERE s->>'questionId' IN (${Prisma.join([...questionIds])})
       AND a.status = 'SUBMITTED' AND a.counted AND NOT a."needsMarking" AND a.score IS NOT NULL
       AND (s->>'points')::float8 > 0`;
  const samples = new Map<string, { marks: number[]; totals: number[] }>();
  for (const row of rows) {
    let own = samples.get(row.questionId);
    if (!own) samples.set(row.questionId, (own = { marks: [], totals: [] }));
    own.marks.push(row.mark / row.points);
    own.totals.push(row.score / row.points);
  }
  return new Map(
    [...samples].map(([id, s]) => [id, analyseQuestion({ maxMark: 1, marks: s.marks, totals: s.totals })]),
  );
}

/** `training.analysis.questions`: the figures of the caller's city's questions. */
export async function questionStatisticsFor(
  deps: TrainingDeps,
  ctx: AnalysisCtx,
  questionIds: readonly string[],
) {
  analysisScope(ctx.actor);
  const city = await homeCityOf(deps.org, ctx);
  if (!city) throw analysisErrors.readDenied();
  const own = await deps.prisma.question.findMany({
    where: { id: { in: [...questionIds] }, cityId: city.id },
    select: { id: true },
  });
  const figures = await questionStatistics(
    deps.prisma,
    own.map((q) => q.id),
  );
  return own.map((q) => ({ questionId: q.id, figures: figures.get(q.id) ?? null }));
}
