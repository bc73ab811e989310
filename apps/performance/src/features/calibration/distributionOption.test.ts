import { describe, expect, it } from 'vitest';
import { distributionOption } from './distributionOption.ts';

const labels = { grade: (grade: string) => grade, actual: '实际', guideline: '指引' };
type Series = { name: string; data: ({ value: number; itemStyle?: object } | number | null)[] }[];

describe('distributionOption', () => {
  it('draws each grade’s count beside the guideline’s limits, marking a grade outside it', () => {
    const option = distributionOption(
      {
        counts: { EXCELLENT: 2, GOOD: 2, PASS: 1, FAIL: 0 },
        check: { total: 5, excellentAllowed: 1, failRequired: 1 },
      },
      labels,
    )!;
    const [actual, guideline] = option.series as Series;
    expect((option.xAxis as { data: string[] }).data).toEqual(['EXCELLENT', 'GOOD', 'PASS', 'FAIL']);
    expect(actual!.data.map((point) => (point as { value: number }).value)).toEqual([2, 2, 1, 0]);
    // 优秀 over its limit, 不合格 under its minimum: both marked; the others not.
    expect(actual!.data.map((point) => Boolean((point as { itemStyle?: object }).itemStyle))).toEqual([
      true,
      false,
      false,
      true,
    ]);
    expect(guideline!.data).toEqual([1, null, null, 1]);
  });

  it('draws nothing for an empty district', () => {
    expect(
      distributionOption(
        {
          counts: { EXCELLENT: 0, GOOD: 0, PASS: 0, FAIL: 0 },
          check: { total: 0, excellentAllowed: 0, failRequired: 0 },
        },
        labels,
      ),
    ).toBeNull();
  });
});
