// The statistics module's input and output (described in README.md). "None" is null, never NaN.

/** One question (a column): its maximum mark. */
export interface QuestionColumn {
  readonly maxMark: number;
}

/**
 * One attempt (a row): the mark of each question, in the order of `questions`. null: the question was not in this
 * attempt (a random paper drew others) or is not marked; it then counts in neither the question's figures nor the
 * attempt's total. An unanswered question the examinee was given is a 0, not a null.
 */
export interface AttemptMarks {
  readonly marks: readonly (number | null)[];
}

export interface StatisticsInput {
  readonly questions: readonly QuestionColumn[];
  readonly attempts: readonly AttemptMarks[];
  /** The paper's total for intended weights and the histogram; the sum of the questions' max marks if absent. */
  readonly paperTotal?: number;
  /** Results at or above it pass; without it the pass rate is null. */
  readonly passMark?: number;
  /** Bars of the score histogram over 0…paperTotal (default 10). */
  readonly bins?: number;
}

/** Why a question looks dubious; the pages word each code. */
export type QuestionFlag = 'NEGATIVE_DISCRIMINATION' | 'LOW_DISCRIMINATION' | 'TOO_EASY' | 'TOO_HARD';

export interface QuestionStatistics {
  /** Attempts that had this question (non-null marks). */
  readonly s: number;
  readonly maxMark: number;
  readonly meanMark: number | null;
  /** mean(mark) / maxMark, 0…1 (pages show it as a percentage). */
  readonly facility: number | null;
  /** Standard deviation of the mark (denominator s−1); null under two attempts. */
  readonly sd: number | null;
  /** sd as a percentage of maxMark. */
  readonly sdPercent: number | null;
  readonly markVariance: number | null;
  /** 100·cov(mark, other) / √(var(mark)·var(other)); null when the product is 0. */
  readonly discriminationIndex: number | null;
  /** 100·cov(mark, other) / covmax (both lists sorted ascending); null when covmax is 0. */
  readonly discriminativeEfficiency: number | null;
  /** cov(mark, attempt total), the base of the effective weight. */
  readonly covarianceWithTotal: number | null;
  /** 100·√cov(mark, total) / Σ√cov over questions with non-negative covariance; null when negative. */
  readonly effectiveWeight: number | null;
  /** maxMark as a percentage of the paper total. */
  readonly intendedWeight: number | null;
  readonly flags: readonly QuestionFlag[];
}

export interface HistogramBin {
  /** Lower bound, included. */
  readonly from: number;
  /** Upper bound, excluded except for the last bin. */
  readonly to: number;
  readonly count: number;
}

export interface ExamStatistics {
  readonly count: number;
  readonly mean: number | null;
  readonly median: number | null;
  readonly sd: number | null;
  readonly skewness: number | null;
  readonly kurtosis: number | null;
  /** Coefficient of internal consistency (Cronbach's α as a percentage). */
  readonly cic: number | null;
  /** 100·√(1 − CIC/100). */
  readonly errorRatio: number | null;
  /** errorRatio·sd/100, in marks. */
  readonly standardError: number | null;
  readonly paperTotal: number;
  readonly histogram: readonly HistogramBin[];
  /** Share of attempts at or above the pass mark, 0…1. */
  readonly passRate: number | null;
}

export interface Statistics {
  readonly exam: ExamStatistics;
  /** In the order of the input's questions. */
  readonly questions: readonly QuestionStatistics[];
  /** Each attempt's total (sum of its non-null marks), in the input's order. */
  readonly totals: readonly number[];
}
