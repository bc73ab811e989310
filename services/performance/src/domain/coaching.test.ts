import type { CoachingThresholds, Grade } from '@duda/contract-performance';
import { describe, expect, it } from 'vitest';
import { improverReasons, lowPerformerReasons } from './coaching.ts';

// The city's thresholds in these tables: below 70 points needs coaching; 5 points up is an improvement.
const city: CoachingThresholds = { lowScore: 70, improveBy: 5 };
const result = (final: number, grade: Grade) => ({ final, grade });

describe('lowPerformerReasons', () => {
  it.each<[string, number, Grade, string[]]>([
    ['不合格 and below 70', 55, 'FAIL', ['FAIL_GRADE', 'LOW_SCORE']],
    // A calibration may grade 72 points 不合格: the grade alone calls for coaching.
    ['不合格 at 72, above the threshold', 72, 'FAIL', ['FAIL_GRADE']],
    ['合格 at 65, below 70', 65, 'PASS', ['LOW_SCORE']],
    ['exactly at the threshold is not below it', 70, 'PASS', []],
    ['69.999 is kept as 70.00', 69.999, 'PASS', []],
    ['69.99 is below', 69.99, 'PASS', ['LOW_SCORE']],
    ['良好 at 85', 85, 'GOOD', []],
  ])('%s', (_, final, grade, reasons) => {
    expect(lowPerformerReasons(result(final, grade), city)).toEqual(reasons);
  });
});

describe('improverReasons', () => {
  it.each<[string, [number, Grade], [number, Grade] | null, string[]]>([
    ['no previous month', [90, 'EXCELLENT'], null, []],
    // 58 → 63: +5 and 不合格 → 合格.
    ['up a grade and 5 points', [63, 'PASS'], [58, 'FAIL'], ['GRADE_UP', 'SCORE_UP']],
    // 79 → 81: +2 only, but 合格 → 良好 (bands 90/80/60).
    ['up a grade by 2 points', [81, 'GOOD'], [79, 'PASS'], ['GRADE_UP']],
    // 67.35 → 72.35: +5.00 at two decimals, whatever floating point makes of the difference.
    ['5 points up within a grade', [72.35, 'PASS'], [67.35, 'PASS'], ['SCORE_UP']],
    // 67.36 → 72.35: +4.99.
    ['4.99 points up', [72.35, 'PASS'], [67.36, 'PASS'], []],
    ['the same', [75, 'PASS'], [75, 'PASS'], []],
    // 85 → 70: down 15 and a grade.
    ['down', [70, 'PASS'], [85, 'GOOD'], []],
    // A calibration moved 92 to 良好 last month and 88 is 优秀 now: the grade went up although the score fell.
    ['up a calibrated grade, down in points', [88, 'EXCELLENT'], [92, 'GOOD'], ['GRADE_UP']],
  ])('%s', (_, [final, grade], previous, reasons) => {
    expect(
      improverReasons(result(final, grade), previous ? result(previous[0], previous[1]) : null, city),
    ).toEqual(reasons);
  });

  it('counts by the city’s amount', () => {
    // 70 → 73: +3 is an improvement where the city says 3, not where it says 5.
    expect(improverReasons(result(73, 'PASS'), result(70, 'PASS'), { lowScore: 60, improveBy: 3 })).toEqual([
      'SCORE_UP',
    ]);
    expect(improverReasons(result(73, 'PASS'), result(70, 'PASS'), city)).toEqual([]);
  });
});
