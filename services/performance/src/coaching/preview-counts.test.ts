import type { Grade } from '@duda/contract-performance';
import { describe, expect, it } from 'vitest';
import { flaggedCounts, type PreviewResult } from './preview-counts.ts';

const result = (personId: string, final: number, grade: Grade = 'PASS'): PreviewResult => ({
  personId,
  final,
  grade,
});

// November's results against October's: a 不合格 at 72 (calibrated down), a 59.99, a 60, an 8-points-up, a
// 4.99-up and a newcomer with no October.
const NOVEMBER = [
  result('fail', 72, 'FAIL'),
  result('low', 59.99),
  result('edge', 60),
  result('up8', 78),
  result('up5', 72.35),
  result('new', 95, 'EXCELLENT'),
];
const OCTOBER = [result('fail', 75), result('up8', 70), result('up5', 67.36), result('edge', 61, 'GOOD')];

describe('flaggedCounts', () => {
  it.each([
    {
      lowScore: 60,
      improveBy: 5,
      lowPerformers: 2,
      improvers: 1,
      why: 'the defaults: 不合格 and 59.99; 8 up',
    },
    { lowScore: 60, improveBy: 4.99, lowPerformers: 2, improvers: 2, why: '72.35 − 67.36 is 4.99 up' },
    { lowScore: 60.01, improveBy: 5, lowPerformers: 3, improvers: 1, why: '60 is now below' },
    { lowScore: 0, improveBy: 100, lowPerformers: 1, improvers: 0, why: '不合格 at any threshold' },
    { lowScore: 100, improveBy: 0.5, lowPerformers: 6, improvers: 2, why: 'everyone below 100' },
  ])('$why', ({ lowScore, improveBy, lowPerformers, improvers }) => {
    expect(flaggedCounts(NOVEMBER, OCTOBER, { lowScore, improveBy })).toEqual({
      shown: 6,
      lowPerformers,
      improvers,
    });
  });

  it('counts a grade up as an improvement whatever the points', () => {
    const now = [result('a', 66, 'GOOD')];
    expect(flaggedCounts(now, [result('a', 65, 'PASS')], { lowScore: 60, improveBy: 50 }).improvers).toBe(1);
  });

  it('counts nothing of an empty month', () => {
    expect(flaggedCounts([], OCTOBER, { lowScore: 60, improveBy: 5 })).toEqual({
      shown: 0,
      lowPerformers: 0,
      improvers: 0,
    });
  });
});
