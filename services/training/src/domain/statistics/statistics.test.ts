import { describe, expect, it } from 'vitest';
import { computeStatistics, type StatisticsInput } from './index.ts';

/** Equal to far more than six significant digits (relative 1e-9), or both null. */
function same(actual: number | null | undefined, expected: number | null) {
  if (expected === null) return expect(actual).toBeNull();
  expect(actual).not.toBeNull();
  expect(Math.abs(actual! - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

describe('computeStatistics on a hand-computed example', () => {
  // Five attempts, three questions worth 1, 1 and 2.
  //        q1 q2 q3 | total
  //   A1    1  1  2 |  4
  //   A2    1  0  1 |  2
  //   A3    0  1  0 |  1
  //   A4    1  0  0 |  1
  //   A5    1  1  1 |  3        mean total = 11/5, sorted totals 1 1 2 3 4 → median 2
  const input: StatisticsInput = {
    questions: [{ maxMark: 1 }, { maxMark: 1 }, { maxMark: 2 }],
    attempts: [
      [1, 1, 2],
      [1, 0, 1],
      [0, 1, 0],
      [1, 0, 0],
      [1, 1, 1],
    ].map((marks) => ({ marks })),
    passMark: 2,
    bins: 4,
  };
  const { exam, questions, totals } = computeStatistics(input);

  it('gives each question Moodle’s figures', () => {
    // q1: marks 1 1 0 1 1 (mean 4/5), other = total − mark = 3 1 1 0 2 (mean 7/5)
    //   var(mark) = (4·(1/5)² + (4/5)²)/4 = 1/5;  var(other) = (1.6² + .4² + .4² + 1.4² + .6²)/4 = 13/10
    //   cov(mark, other) = (.2·1.6 + .2·(−.4) + (−.8)·(−.4) + .2·(−1.4) + .2·.6)/4 = 1/10
    //   sorted: marks 0 1 1 1 1, others 0 1 1 2 3 → covmax = ((−.8)(−1.4) + .2(−.4) + .2(−.4) + .2(.6) + .2(1.6))/4 = 7/20
    //   cov(mark, total) = cov(mark, other) + var(mark) = 3/10
    //   facility 0.8, sd √0.2 = 0.447214 (44.7214 %), DI = 100·0.1/√(0.2·1.3) = 19.6116, DE = 100·(1/10)/(7/20) = 28.5714
    // q2: marks 1 0 1 0 1 (mean 3/5), other 3 2 0 1 2: var 3/10, var(other) 13/10, cov 1/20, covmax 11/20, cov(total) 7/20
    //   DI = 100·0.05/√(0.39) = 8.00641, DE = 100/11 = 9.09091
    // q3: marks 2 1 0 0 1 (mean 4/5), other 2 1 1 1 2: var 7/10, var(other) 3/10, cov 7/20, covmax 7/20, cov(total) 21/20
    //   facility 0.4/… = 0.8/2 = 0.4, DI = 100·0.35/√0.21 = 76.3763, DE = 100
    // effective weights: √(3/10) + √(7/20) + √(21/20) = 0.547723 + 0.591608 + 1.024695 = 2.164026
    //   → 25.3104, 27.3383, 47.3513; intended weights 1/4, 1/4, 2/4 of 4 → 25, 25, 50
    const expected = [
      [0.8, Math.sqrt(0.2), 19.6116135138184, 200 / 7, 25.310354663266263, 25],
      [0.6, Math.sqrt(0.3), 8.006407690254356, 100 / 11, 27.338307592894477, 25],
      [0.4, Math.sqrt(0.7), 76.37626158259734, 100, 47.35133774383925, 50],
    ];
    questions.forEach((q, i) => {
      const [facility, sd, di, de, ew, iw] = expected[i]!;
      same(q.facility, facility!);
      same(q.sd, sd!);
      same(q.sdPercent, (100 * sd!) / input.questions[i]!.maxMark);
      same(q.discriminationIndex, di!);
      same(q.discriminativeEfficiency, de!);
      same(q.effectiveWeight, ew!);
      same(q.intendedWeight, iw!);
      expect(q.s).toBe(5);
    });
    expect(questions.map((q) => q.flags)).toEqual([['LOW_DISCRIMINATION'], ['LOW_DISCRIMINATION'], []]);
  });

  it('gives the exam Moodle’s figures', () => {
    // deviations from 11/5: 1.8 −.2 −1.2 −1.2 .8
    //   Σd² = 34/5, Σd³ = 72/25, Σd⁴ = 1882/125; m2 = 34/25, m3 = 72/125, m4 = 1882/625
    //   k2 = 5·m2/4 = 17/10 (sd √1.7 = 1.30384); k3 = 25·m3/(4·3) = 6/5; skewness = 1.2/1.7^1.5 = 0.541387
    //   k4 = 25·(6·m4 − 3·4·m2²)/(4·3·2) = −43/10; kurtosis = −4.3/1.7² = −1.48789
    // Σ var(mark) = 1/5 + 3/10 + 7/10 = 6/5; CIC = 100·3/2·(1 − 1.2/1.7) = 750/17 = 44.1176
    // error ratio = 100·√(1 − 0.441176) = 74.7545; standard error = 74.7545·1.30384/100 = 0.974679
    expect(totals).toEqual([4, 2, 1, 1, 3]);
    expect(exam.count).toBe(5);
    same(exam.mean, 2.2);
    same(exam.median, 2);
    same(exam.sd, Math.sqrt(1.7));
    same(exam.skewness, 0.5413870509510851);
    same(exam.kurtosis, -430 / 289);
    same(exam.cic, 750 / 17);
    same(exam.errorRatio, 74.7545001596402);
    same(exam.standardError, 0.9746794344808964);
    // pass mark 2: totals 4, 2, 3 pass
    same(exam.passRate, 0.6);
    // 4 bars of 1 mark over 0…4: [0,1) none, [1,2) A3 A4, [2,3) A2, [3,4] A5 A1
    expect(exam.histogram).toEqual([
      { from: 0, to: 1, count: 0 },
      { from: 1, to: 2, count: 2 },
      { from: 2, to: 3, count: 1 },
      { from: 3, to: 4, count: 2 },
    ]);
  });
});

/** A small deterministic generator (mulberry32), so the random data set is the same on every run. */
function generator(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// The reference: one-pass sums of products and the textbook formulas for the same quantities (adjusted
// Fisher–Pearson skewness G1, excess kurtosis G2, Cronbach's α), written independently of the module.
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const cov = (x: number[], y: number[]) =>
  (sum(x.map((v, i) => v * y[i]!)) - (sum(x) * sum(y)) / x.length) / (x.length - 1);
const pearson = (x: number[], y: number[]) => cov(x, y) / Math.sqrt(cov(x, x) * cov(y, y));
const sorted = (x: number[]) => [...x].sort((a, b) => a - b);

describe('computeStatistics against an independent implementation', () => {
  const random = generator(20261201);
  const maxMarks = [1, 2, 1, 5, 3, 1, 2, 10];
  const ability = Array.from({ length: 200 }, () => random());
  const rows = ability.map((a) =>
    maxMarks.map((max, q) =>
      q === 7 ? Math.round(random() * max) : Math.round(Math.min(1, a * 0.8 + random() * 0.4) * max),
    ),
  );
  const { exam, questions } = computeStatistics({
    questions: maxMarks.map((maxMark) => ({ maxMark })),
    attempts: rows.map((marks) => ({ marks })),
  });
  const totals = rows.map(sum);
  const n = totals.length;

  it('agrees per question', () => {
    const roots = maxMarks.map((_, q) =>
      cov(
        rows.map((r) => r[q]!),
        totals,
      ),
    );
    const rootSum = sum(roots.filter((c) => c >= 0).map(Math.sqrt));
    maxMarks.forEach((max, q) => {
      const mark = rows.map((r) => r[q]!);
      const other = rows.map((r, i) => totals[i]! - r[q]!);
      same(questions[q]!.facility, sum(mark) / n / max);
      same(questions[q]!.sd, Math.sqrt(cov(mark, mark)));
      same(questions[q]!.discriminationIndex, 100 * pearson(mark, other));
      same(
        questions[q]!.discriminativeEfficiency,
        (100 * cov(mark, other)) / cov(sorted(mark), sorted(other)),
      );
      same(questions[q]!.effectiveWeight, roots[q]! >= 0 ? (100 * Math.sqrt(roots[q]!)) / rootSum : null);
      same(questions[q]!.intendedWeight, (100 * max) / sum(maxMarks));
    });
  });

  it('agrees on the exam', () => {
    const mean = sum(totals) / n;
    const m = (k: number) => sum(totals.map((t) => (t - mean) ** k)) / n;
    const g1 = m(3) / m(2) ** 1.5;
    const g2 = m(4) / m(2) ** 2 - 3;
    const variance = cov(totals, totals);
    const alpha =
      (8 / 7) *
      (1 -
        sum(
          maxMarks.map((_, q) =>
            cov(
              rows.map((r) => r[q]!),
              rows.map((r) => r[q]!),
            ),
          ),
        ) /
          variance);
    same(exam.mean, mean);
    same(exam.median, (sorted(totals)[99]! + sorted(totals)[100]!) / 2);
    same(exam.sd, Math.sqrt(variance));
    same(exam.skewness, (Math.sqrt(n * (n - 1)) / (n - 2)) * g1);
    same(exam.kurtosis, ((n - 1) / ((n - 2) * (n - 3))) * ((n + 1) * g2 + 6));
    same(exam.cic, 100 * alpha);
    same(exam.errorRatio, 100 * Math.sqrt(1 - alpha));
    same(exam.standardError, Math.sqrt(1 - alpha) * Math.sqrt(variance));
    expect(sum(exam.histogram.map((b) => b.count))).toBe(n);
  });
});

/** Every number of the result is finite or null: no NaN or Infinity leaks out. */
function expectNoNaN(value: unknown): void {
  if (typeof value === 'number') expect(Number.isFinite(value)).toBe(true);
  else if (Array.isArray(value)) value.forEach(expectNoNaN);
  else if (value && typeof value === 'object') Object.values(value).forEach(expectNoNaN);
}

describe('computeStatistics in degenerate cases', () => {
  it('one attempt: means and facility, no spread, no weights', () => {
    const result = computeStatistics({
      questions: [{ maxMark: 1 }, { maxMark: 2 }],
      attempts: [{ marks: [1, 1] }],
      passMark: 2,
    });
    expectNoNaN(result);
    expect(result.exam).toMatchObject({
      count: 1,
      mean: 2,
      median: 2,
      sd: null,
      skewness: null,
      cic: null,
      passRate: 1,
    });
    expect(result.questions[1]).toMatchObject({
      s: 1,
      facility: 0.5,
      sd: null,
      discriminationIndex: null,
      effectiveWeight: null,
    });
  });

  it('all marks equal: zero spread, no ratios', () => {
    const result = computeStatistics({
      questions: [{ maxMark: 1 }, { maxMark: 1 }, { maxMark: 1 }],
      attempts: Array.from({ length: 6 }, () => ({ marks: [0.5, 0.5, 0.5] })),
    });
    expectNoNaN(result);
    expect(result.exam).toMatchObject({
      count: 6,
      sd: 0,
      skewness: null,
      kurtosis: null,
      cic: null,
      errorRatio: null,
    });
    for (const q of result.questions)
      expect(q).toMatchObject({
        sd: 0,
        discriminationIndex: null,
        discriminativeEfficiency: null,
        covarianceWithTotal: 0,
        effectiveWeight: null,
        flags: [],
      });
  });

  it('a question nobody was given (null marks) has no figures and leaves the rest as without it', () => {
    const withBlank = computeStatistics({
      questions: [{ maxMark: 1 }, { maxMark: 1 }, { maxMark: 2 }],
      attempts: [
        [1, null, 2],
        [0, null, 1],
        [1, null, 0],
        [1, null, 1],
      ].map((marks) => ({ marks })),
      paperTotal: 3,
    });
    const without = computeStatistics({
      questions: [{ maxMark: 1 }, { maxMark: 2 }],
      attempts: [
        [1, 2],
        [0, 1],
        [1, 0],
        [1, 1],
      ].map((marks) => ({ marks })),
      paperTotal: 3,
    });
    expectNoNaN(withBlank);
    expect(withBlank.questions[1]).toMatchObject({
      s: 0,
      meanMark: null,
      facility: null,
      sd: null,
      flags: [],
    });
    expect(withBlank.exam).toEqual(without.exam);
    expect(withBlank.questions[2]).toEqual(without.questions[1]);
  });

  it('attempts given different questions (a random paper) have no internal consistency, the rest as usual', () => {
    const result = computeStatistics({
      questions: [{ maxMark: 1 }, { maxMark: 1 }, { maxMark: 1 }],
      attempts: [
        [1, 1, null],
        [0, null, 1],
        [null, 1, 0],
        [1, 0, null],
      ].map((marks) => ({ marks })),
    });
    expectNoNaN(result);
    expect(result.exam).toMatchObject({
      count: 4,
      mean: 1.25,
      cic: null,
      errorRatio: null,
      standardError: null,
    });
    expect(result.exam.sd).not.toBeNull();
    expect(result.questions.map((q) => q.s)).toEqual([3, 3, 2]);
  });

  it('a question everybody left blank (all 0) is too hard and cannot discriminate', () => {
    const result = computeStatistics({
      questions: [{ maxMark: 1 }, { maxMark: 1 }],
      attempts: [
        [1, 0],
        [0, 0],
        [1, 0],
      ].map((marks) => ({ marks })),
    });
    expectNoNaN(result);
    expect(result.questions[1]).toMatchObject({
      facility: 0,
      discriminationIndex: null,
      flags: ['TOO_HARD'],
    });
  });

  it('no attempts at all', () => {
    const result = computeStatistics({ questions: [{ maxMark: 1 }], attempts: [], passMark: 1 });
    expectNoNaN(result);
    expect(result.exam).toMatchObject({ count: 0, mean: null, median: null, passRate: null });
    expect(result.questions[0]).toMatchObject({ s: 0, facility: null });
  });

  it('flags a question whose better examinees do worse', () => {
    const result = computeStatistics({
      questions: [{ maxMark: 1 }, { maxMark: 4 }],
      attempts: [
        [0, 4],
        [0, 3],
        [1, 1],
        [1, 0],
      ].map((marks) => ({ marks })),
    });
    expect(result.questions[0]!.flags).toContain('NEGATIVE_DISCRIMINATION');
    expect(result.questions[0]!.discriminationIndex).toBeLessThan(0);
  });

  it('refuses an attempt whose marks do not match the questions', () => {
    expect(() => computeStatistics({ questions: [{ maxMark: 1 }], attempts: [{ marks: [1, 0] }] })).toThrow(
      RangeError,
    );
  });
});
