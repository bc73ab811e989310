// The exam's figures from the attempts' totals (Moodle's quiz statistics calculator: k-statistics for skewness
// and kurtosis, the coefficient of internal consistency from the questions' mark variances).
import { histogram } from './histogram.ts';
import type { ExamStatistics } from './types.ts';

export interface TotalsInput {
  readonly totals: ArrayLike<number>;
  /**
   * Questions that appeared in at least one attempt (Moodle's p, the number of slots); null when the attempts did
   * not all have the same questions (a random paper), where α is not defined.
   */
  readonly questionCount: number | null;
  /** Σ of the questions' mark variances (a question with none counts 0, as in Moodle). */
  readonly sumOfMarkVariance: number;
  readonly paperTotal: number;
  readonly passMark?: number;
  readonly bins: number;
}

export function analyseTotals(input: TotalsInput): ExamStatistics {
  const { totals, paperTotal } = input;
  const s = totals.length;
  const base = {
    count: s,
    paperTotal,
    histogram: histogram(totals, paperTotal, input.bins),
    passRate: s > 0 && input.passMark !== undefined ? passing(totals, input.passMark) / s : null,
  };
  if (s === 0)
    return {
      ...base,
      mean: null,
      median: null,
      sd: null,
      skewness: null,
      kurtosis: null,
      cic: null,
      errorRatio: null,
      standardError: null,
    };
  let sum = 0;
  for (let i = 0; i < s; i++) sum += totals[i]!;
  const mean = sum / s;
  const shape = s > 1 ? moments(totals, mean, input) : null;
  return { ...base, mean, median: median(totals), ...(shape ?? nothingMore) };
}

const nothingMore = {
  sd: null,
  skewness: null,
  kurtosis: null,
  cic: null,
  errorRatio: null,
  standardError: null,
};

function moments(totals: ArrayLike<number>, mean: number, input: TotalsInput) {
  const s = totals.length;
  let power2 = 0;
  let power3 = 0;
  let power4 = 0;
  if (!allEqual(totals))
    for (let i = 0; i < s; i++) {
      const d = totals[i]! - mean;
      const d2 = d * d;
      power2 += d2;
      power3 += d2 * d;
      power4 += d2 * d2;
    }
  const sd = Math.sqrt(power2 / (s - 1));
  let skewness: number | null = null;
  let kurtosis: number | null = null;
  let cic: number | null = null;
  if (s > 2) {
    const m2 = power2 / s;
    const m3 = power3 / s;
    const m4 = power4 / s;
    const k2 = (s * m2) / (s - 1);
    const k3 = (s * s * m3) / ((s - 1) * (s - 2));
    if (k2 !== 0) {
      skewness = k3 / Math.pow(k2, 3 / 2);
      if (s > 3) {
        const k4 = (s * s * ((s + 1) * m4 - 3 * (s - 1) * m2 * m2)) / ((s - 1) * (s - 2) * (s - 3));
        kurtosis = k4 / (k2 * k2);
      }
      const p = input.questionCount;
      if (p !== null && p > 1) cic = ((100 * p) / (p - 1)) * (1 - input.sumOfMarkVariance / k2);
    }
  }
  // α above 100 (possible when random papers give attempts different questions) has no error ratio.
  const errorRatio = cic !== null && cic <= 100 ? 100 * Math.sqrt(1 - cic / 100) : null;
  return {
    sd,
    skewness,
    kurtosis,
    cic,
    errorRatio,
    standardError: errorRatio !== null ? (errorRatio * sd) / 100 : null,
  };
}

function allEqual(xs: ArrayLike<number>) {
  for (let i = 1; i < xs.length; i++) if (xs[i] !== xs[0]) return false;
  return true;
}

/** Moodle's median: the middle total, or the mean of the two middle ones. */
function median(totals: ArrayLike<number>) {
  const sorted = Float64Array.from(totals).sort();
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

function passing(totals: ArrayLike<number>, passMark: number) {
  let n = 0;
  for (let i = 0; i < totals.length; i++) if (totals[i]! >= passMark) n++;
  return n;
}
