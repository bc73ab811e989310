// 考试统计 exam statistics: Moodle's quiz statistics as one pure function (README.md describes the types).
import { analyseTotals } from './exam.ts';
import { analyseQuestion, type QuestionFigures } from './question.ts';
import type { QuestionStatistics, Statistics, StatisticsInput } from './types.ts';

export { analyseQuestion, type QuestionFigures, type QuestionSamples } from './question.ts';
export { countedAttempts, type GradedAttempt } from './counted-attempts.ts';
export * from './knowledge-points.ts';
export { LOW_DISCRIMINATION, TOO_EASY_FACILITY, TOO_HARD_FACILITY } from './flags.ts';
export type * from './types.ts';

const DEFAULT_BINS = 10;

export function computeStatistics(input: StatisticsInput): Statistics {
  const { questions, attempts } = input;
  const q = questions.length;
  const s = attempts.length;
  const totals = new Float64Array(s);
  for (let a = 0; a < s; a++) {
    const marks = attempts[a]!.marks;
    if (marks.length !== q) throw new RangeError(`attempt ${a} has ${marks.length} marks for ${q} questions`);
    let total = 0;
    for (const mark of marks) if (mark !== null) total += mark;
    totals[a] = total;
  }
  const figures = questions.map((question, column) =>
    analyseQuestion(samplesOf(input, totals, column, question.maxMark)),
  );
  const paperTotal = input.paperTotal ?? questions.reduce((sum, question) => sum + question.maxMark, 0);
  const exam = analyseTotals({
    totals,
    // Cronbach's α needs every attempt to have every question; a random paper gives each attempt its own.
    questionCount: figures.every((f) => f.s === 0 || f.s === s)
      ? figures.filter((f) => f.s > 0).length
      : null,
    sumOfMarkVariance: figures.reduce((sum, f) => sum + (f.markVariance ?? 0), 0),
    paperTotal,
    passMark: input.passMark,
    bins: input.bins ?? DEFAULT_BINS,
  });
  return { exam, questions: withWeights(figures, paperTotal), totals: Array.from(totals) };
}

function samplesOf(input: StatisticsInput, totals: Float64Array, column: number, maxMark: number) {
  const marks: number[] = [];
  const their: number[] = [];
  input.attempts.forEach((attempt, a) => {
    const mark = attempt.marks[column];
    if (mark === null || mark === undefined) return;
    marks.push(mark);
    their.push(totals[a]!);
  });
  return { maxMark, marks, totals: their };
}

/** Effective weight shares Σ√cov(mark, total) among the questions whose covariance is not negative. */
function withWeights(figures: QuestionFigures[], paperTotal: number): QuestionStatistics[] {
  let sumOfRoots = 0;
  for (const f of figures)
    if (f.covarianceWithTotal !== null && f.covarianceWithTotal >= 0)
      sumOfRoots += Math.sqrt(f.covarianceWithTotal);
  return figures.map((f) => ({
    ...f,
    effectiveWeight:
      sumOfRoots > 0 && f.covarianceWithTotal !== null && f.covarianceWithTotal >= 0
        ? (100 * Math.sqrt(f.covarianceWithTotal)) / sumOfRoots
        : null,
    intendedWeight: paperTotal > 0 ? (100 * f.maxMark) / paperTotal : null,
  }));
}
