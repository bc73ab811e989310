// The calibration view's bar chart: how many people hold each grade now, beside what the guideline allows (优秀 at
// most) and requires (不合格 at least), as ECharts options for DChartCard; null when there is nobody to draw.
import { GRADES, type Grade } from '@duda/contract-performance';

export type ChartOption = Record<string, unknown>;

export interface DistributionFigures {
  counts: Record<Grade, number>;
  check: { total: number; excellentAllowed: number; failRequired: number };
}

export function distributionOption(
  distribution: DistributionFigures,
  labels: { grade: (grade: Grade) => string; actual: string; guideline: string },
): ChartOption | null {
  if (distribution.check.total === 0) return null;
  const guideline = GRADES.map((grade) =>
    grade === 'EXCELLENT'
      ? distribution.check.excellentAllowed
      : grade === 'FAIL'
        ? distribution.check.failRequired
        : null,
  );
  const over = (grade: Grade) =>
    (grade === 'EXCELLENT' && distribution.counts.EXCELLENT > distribution.check.excellentAllowed) ||
    (grade === 'FAIL' && distribution.counts.FAIL < distribution.check.failRequired);
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    legend: { top: 0 },
    grid: { left: 8, right: 16, top: 40, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: GRADES.map(labels.grade) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      {
        name: labels.actual,
        type: 'bar',
        barMaxWidth: 36,
        label: { show: true, position: 'top' },
        data: GRADES.map((grade) => ({
          value: distribution.counts[grade],
          // A grade outside the guideline stands out.
          itemStyle: over(grade) ? { color: '#e6a23c' } : undefined,
        })),
      },
      {
        name: labels.guideline,
        type: 'bar',
        barMaxWidth: 36,
        label: { show: true, position: 'top' },
        data: guideline,
      },
    ],
  };
}
