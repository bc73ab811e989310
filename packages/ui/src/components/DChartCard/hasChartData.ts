import type { EChartsCoreOption } from 'echarts/core';

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : value ? [value] : []);

const isNonEmpty = (data: unknown): boolean =>
  Array.isArray(data)
    ? data.length > 0
    : typeof data === 'object' && data !== null && Object.keys(data).length > 0;

/** An option whose series (or dataset) carry no points renders as empty axes; we show DEmptyState instead. */
export function hasChartData(option: EChartsCoreOption | null | undefined): boolean {
  if (!option) return false;
  const datasets = asList(option.dataset) as { source?: unknown }[];
  const series = asList(option.series) as { data?: unknown }[];
  return (
    datasets.some((dataset) => isNonEmpty(dataset.source)) || series.some((item) => isNonEmpty(item.data))
  );
}
