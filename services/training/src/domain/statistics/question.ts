// One question's figures from the attempts that had it (Moodle's question statistics calculator, per slot).
import { questionFlags } from './flags.ts';
import type { QuestionStatistics } from './types.ts';

/** Everything about a question that needs only its own marks and the totals of the attempts that had it. */
export type QuestionFigures = Omit<QuestionStatistics, 'effectiveWeight' | 'intendedWeight'>;

export interface QuestionSamples {
  readonly maxMark: number;
  /** The question's mark in each attempt that had it. */
  readonly marks: ArrayLike<number>;
  /** The total of the same attempts, in the same order. */
  readonly totals: ArrayLike<number>;
}

const isConstant = (xs: ArrayLike<number>) => {
  for (let i = 1; i < xs.length; i++) if (xs[i] !== xs[0]) return false;
  return true;
};

/**
 * The bank shows these per question across past attempts; the exam analysis adds the weights. `other` is the
 * attempt's total minus this mark; variances and covariances divide by s−1.
 */
export function analyseQuestion({ maxMark, marks, totals }: QuestionSamples): QuestionFigures {
  const s = marks.length;
  if (s === 0) return emptyFigures(maxMark);
  const others = new Float64Array(s);
  let markSum = 0;
  let otherSum = 0;
  for (let i = 0; i < s; i++) {
    others[i] = totals[i]! - marks[i]!;
    markSum += marks[i]!;
    otherSum += others[i]!;
  }
  const meanMark = markSum / s;
  const meanOther = otherSum / s;
  const facility = maxMark !== 0 ? meanMark / maxMark : null;
  const spread = s > 1 ? covariances(marks, others, meanMark, meanOther) : null;
  const sd = spread ? Math.sqrt(spread.markVariance) : null;
  const product = spread ? spread.markVariance * spread.otherVariance : 0;
  const discriminationIndex = spread && product !== 0 ? (100 * spread.covariance) / Math.sqrt(product) : null;
  const discriminativeEfficiency =
    spread && spread.covarianceMax !== 0 ? (100 * spread.covariance) / spread.covarianceMax : null;
  return {
    s,
    maxMark,
    meanMark,
    facility,
    sd,
    sdPercent: sd !== null && maxMark !== 0 ? (100 * sd) / maxMark : null,
    markVariance: spread?.markVariance ?? null,
    discriminationIndex,
    discriminativeEfficiency,
    covarianceWithTotal: spread?.covarianceWithTotal ?? null,
    flags: questionFlags(facility, discriminationIndex),
  };
}

function emptyFigures(maxMark: number): QuestionFigures {
  return {
    s: 0,
    maxMark,
    meanMark: null,
    facility: null,
    sd: null,
    sdPercent: null,
    markVariance: null,
    discriminationIndex: null,
    discriminativeEfficiency: null,
    covarianceWithTotal: null,
    flags: [],
  };
}

/**
 * Two passes over centred values, as Moodle does. A list whose values are all equal spreads by exactly 0 (its mean
 * can carry a rounding error that would otherwise leave a variance of 1e-33 and a meaningless ratio).
 */
function covariances(marks: ArrayLike<number>, others: Float64Array, meanMark: number, meanOther: number) {
  const s = marks.length;
  const markFlat = isConstant(marks);
  const otherFlat = isConstant(others);
  const meanTotal = meanMark + meanOther;
  const sortedMarks = Float64Array.from(marks).sort();
  const sortedOthers = Float64Array.from(others).sort();
  let markSquares = 0;
  let otherSquares = 0;
  let products = 0;
  let sortedProducts = 0;
  let totalProducts = 0;
  for (let i = 0; i < s; i++) {
    const dm = markFlat ? 0 : marks[i]! - meanMark;
    const dother = otherFlat ? 0 : others[i]! - meanOther;
    markSquares += dm * dm;
    otherSquares += dother * dother;
    products += dm * dother;
    totalProducts += dm * (marks[i]! + others[i]! - meanTotal);
    if (!markFlat && !otherFlat)
      sortedProducts += (sortedMarks[i]! - meanMark) * (sortedOthers[i]! - meanOther);
  }
  const n = s - 1;
  return {
    markVariance: markSquares / n,
    otherVariance: otherSquares / n,
    covariance: products / n,
    covarianceMax: sortedProducts / n,
    covarianceWithTotal: totalProducts / n,
  };
}
