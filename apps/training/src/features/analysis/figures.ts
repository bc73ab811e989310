// How the analysis pages show figures: facility and rates as percentages, "none" as a dash, a heat level per
// facility for the knowledge-point table, and the ECharts options of the two charts.
import type { ExamAnalysis } from './api.ts';

export const NONE = '—';

/** A 0…1 share as a percentage with one decimal; null as a dash. */
export const percentOf = (share: number | null | undefined): string =>
  share === null || share === undefined ? NONE : `${(share * 100).toFixed(1)}%`;

/** A figure already on a 0…100 scale (or in marks) with `digits` decimals; null as a dash. */
export const figure = (value: number | null | undefined, digits = 1): string =>
  value === null || value === undefined ? NONE : value.toFixed(digits);

export type HeatLevel = 'weak' | 'fair' | 'good' | 'strong' | 'none';

/** Heat bands of the knowledge-point table: under 60 % weak, 60–75 fair, 75–90 good, 90 and over strong. */
export function heatLevel(facility: number | null | undefined): HeatLevel {
  if (facility === null || facility === undefined) return 'none';
  if (facility < 0.6) return 'weak';
  if (facility < 0.75) return 'fair';
  if (facility < 0.9) return 'good';
  return 'strong';
}

export type ChartOption = Record<string, unknown>;

/** The score distribution as bars over the paper's range; null when nobody has a result. */
export function histogramOption(
  histogram: ExamAnalysis['summary']['histogram'],
  label: string,
): ChartOption | null {
  if (histogram.every((bin) => bin.count === 0)) return null;
  const range = (from: number, to: number) => `${Math.round(from * 10) / 10}–${Math.round(to * 10) / 10}`;
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    grid: { left: 8, right: 16, top: 16, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: histogram.map((bin) => range(bin.from, bin.to)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ name: label, type: 'bar', barMaxWidth: 36, data: histogram.map((bin) => bin.count) }],
  };
}

/** Facility per knowledge point (weakest on top) beside the city's, as percentages. */
export function pointsOption(
  points: ExamAnalysis['knowledgePoints'],
  labels: { here: string; city: string },
): ChartOption | null {
  const shown = points.filter((p) => p.facility !== null);
  if (shown.length === 0) return null;
  const pct = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v: number) => `${v}%` },
    legend: { top: 0 },
    grid: { left: 8, right: 40, top: 32, bottom: 8, containLabel: true },
    xAxis: { type: 'value', max: 100 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: shown.map((p) => p.name),
      axisLabel: { width: 140, overflow: 'truncate' },
    },
    series: [
      { name: labels.here, type: 'bar', barMaxWidth: 16, data: shown.map((p) => pct(p.facility)) },
      { name: labels.city, type: 'bar', barMaxWidth: 16, data: shown.map((p) => pct(p.cityFacility)) },
    ],
  };
}

/** Height for a horizontal bar chart of `rows` bars. */
export const barChartHeight = (rows: number) => Math.max(200, 56 + rows * 36);
