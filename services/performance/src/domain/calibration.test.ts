import type { DistributionGuideline, Grade, GradeMethod } from '@duda/contract-performance';
import { describe, expect, it } from 'vitest';
import { distributionOf, proposedGrades } from './calibration.ts';

const bands = { excellent: 90, good: 80, pass: 60 };
const people = (...scores: number[]) => scores.map((score, index) => ({ id: `p${index}`, score }));
const gradesOf = (
  scores: number[],
  guideline: DistributionGuideline,
  method: GradeMethod = 'DISTRIBUTION',
): Grade[] => [...proposedGrades(people(...scores), bands, guideline, method).values()];

describe('proposedGrades', () => {
  it.each<[string, number[], DistributionGuideline, GradeMethod, Grade[]]>([
    [
      // By bands the guideline is only shown, never applied: three 优秀 of five stay.
      'bands alone',
      [95, 93, 91, 85, 50],
      { excellentMax: 20, failMin: 0 },
      'BANDS',
      ['EXCELLENT', 'EXCELLENT', 'EXCELLENT', 'GOOD', 'FAIL'],
    ],
    [
      // 20% of 5 = 1 优秀 allowed: the best keeps it, 93 and 91 become 良好.
      'too many 优秀',
      [95, 93, 91, 85, 70],
      { excellentMax: 20, failMin: 0 },
      'DISTRIBUTION',
      ['EXCELLENT', 'GOOD', 'GOOD', 'GOOD', 'PASS'],
    ],
    [
      // 1 allowed, two tied at 95: neither is preferred, both become 良好.
      'a tie at the 优秀 cut',
      [95, 95, 91, 85, 70],
      { excellentMax: 20, failMin: 0 },
      'DISTRIBUTION',
      ['GOOD', 'GOOD', 'GOOD', 'GOOD', 'PASS'],
    ],
    [
      // 10% of 5 = 0.5, at least 1 不合格: the lowest (62) becomes 不合格.
      'too few 不合格',
      [88, 84, 75, 70, 62],
      { excellentMax: 20, failMin: 10 },
      'DISTRIBUTION',
      ['GOOD', 'GOOD', 'PASS', 'PASS', 'FAIL'],
    ],
    [
      // At least 1, two tied lowest at 62: both are 不合格 (at least, so the tie is kept together).
      'a tie at the 不合格 cut',
      [88, 84, 75, 62, 62],
      { excellentMax: 20, failMin: 10 },
      'DISTRIBUTION',
      ['GOOD', 'GOOD', 'PASS', 'FAIL', 'FAIL'],
    ],
    [
      // Already 1 不合格 of 5 against 10%: nothing more.
      'the guideline already met',
      [92, 84, 75, 70, 50],
      { excellentMax: 20, failMin: 10 },
      'DISTRIBUTION',
      ['EXCELLENT', 'GOOD', 'PASS', 'PASS', 'FAIL'],
    ],
    [
      // 20% of 3 = 0.6, rounded down: no 优秀 at all in a group of three.
      'a small group',
      [96, 80, 79],
      { excellentMax: 20, failMin: 0 },
      'DISTRIBUTION',
      ['GOOD', 'GOOD', 'PASS'],
    ],
  ])('%s', (_case, scores, guideline, method, expected) => {
    expect(gradesOf(scores, guideline, method)).toEqual(expected);
  });

  it('grades an empty group as nothing', () => {
    expect(gradesOf([], { excellentMax: 20, failMin: 10 })).toEqual([]);
  });
});

describe('distributionOf', () => {
  it('counts each grade and checks the guideline', () => {
    const result = distributionOf(['EXCELLENT', 'EXCELLENT', 'GOOD', 'PASS', 'PASS'], {
      excellentMax: 20,
      failMin: 10,
    });
    expect(result.counts).toEqual({ EXCELLENT: 2, GOOD: 1, PASS: 2, FAIL: 0 });
    expect(result.check).toMatchObject({
      excellentAllowed: 1,
      excellentOver: true,
      failRequired: 1,
      failUnder: true,
    });
  });
});
