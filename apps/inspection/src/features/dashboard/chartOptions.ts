// ECharts options for the dashboard, built from the service's figures. `null` means "nothing to draw", so
// DChartCard shows its empty state instead of bare axes.
import { tokens } from '@duda/ui/tokens';
import type { Dashboard } from './api.ts';

type TrendPoint = Dashboard['trend'][number];
type ShortStave = Dashboard['shortStaves'][number];
export interface RankedUnit {
  name: string;
  score: number | null;
}

export type ChartOption = Record<string, unknown>;

const ROW_HEIGHT = 28;

/** Average score and pass rate per month; both read on the same 0–100 scale. */
export function trendOption(
  trend: TrendPoint[],
  labels: { score: string; passRate: string },
): ChartOption | null {
  if (trend.every((point) => point.inspections === 0)) return null;
  const line = (name: string, data: (number | null)[]) => ({
    name,
    type: 'line',
    data,
    connectNulls: true,
    symbolSize: 8,
    label: { show: true, position: 'top' },
    // Score and pass rate of one month can sit close (93.4 and 100): one label, not two drawn over each other.
    labelLayout: { hideOverlap: true },
  });
  return {
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 8, right: 24, top: 56, bottom: 8, containLabel: true },
    xAxis: { type: 'category', boundaryGap: false, data: trend.map((point) => point.month) },
    yAxis: { type: 'value', scale: true, max: 100 },
    series: [
      line(
        labels.score,
        trend.map((point) => point.averageScore),
      ),
      line(
        labels.passRate,
        trend.map((point) => point.passRate),
      ),
    ],
  };
}

/** Scored units best first, as horizontal bars; units not inspected this month are left out. */
export function rankingOption(units: RankedUnit[], label: string, limit = 15): ChartOption | null {
  const ranked = units.filter((unit) => unit.score !== null).slice(0, limit);
  if (ranked.length === 0) return null;
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    // Room on the right for a full bar's label; the axis from 0, or a 93 beside a 100 looks like a stub.
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', min: 0, max: 100 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: ranked.map((unit) => unit.name),
      axisLabel: { width: 96, overflow: 'truncate' },
    },
    series: [
      {
        name: label,
        type: 'bar',
        barMaxWidth: 18,
        data: ranked.map((unit) => unit.score),
        label: { show: true, position: 'right' },
        // A label that would still touch another is left out rather than drawn over it.
        labelLayout: { hideOverlap: true },
      },
    ],
  };
}

/** Items with the highest failure rate (短板), worst on top; the tooltip says how many checks and halls. */
export function shortStavesOption(
  staves: ShortStave[],
  label: string,
  describe: (stave: ShortStave) => string,
): ChartOption | null {
  if (staves.length === 0) return null;
  return {
    tooltip: {
      trigger: 'item',
      formatter: ({ dataIndex }: { dataIndex: number }) => {
        const stave = staves[dataIndex]!;
        return `${stave.itemTitle}<br/>${label}: ${stave.failureRate}<br/>${describe(stave)}`;
      },
    },
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    xAxis: { type: 'value', max: 100 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: staves.map((stave) => stave.itemTitle),
      axisLabel: { width: 140, overflow: 'truncate' },
    },
    series: [
      {
        name: label,
        type: 'bar',
        barMaxWidth: 18,
        itemStyle: { color: tokens.statusColors.fail },
        data: staves.map((stave) => stave.failureRate),
        label: { show: true, position: 'right', formatter: '{c}%' },
      },
    ],
  };
}

/** Charts draw at once, without their growing animation, for people who asked their system for less motion. */
export function withMotion(option: ChartOption | null, animate: boolean): ChartOption | null {
  return option && (animate ? option : { ...option, animation: false });
}

/** Height for a bar chart of `rows` bars, so names stay readable however many units there are. */
export function barChartHeight(rows: number, minimum = 240): number {
  return Math.max(minimum, rows * ROW_HEIGHT + 32);
}
