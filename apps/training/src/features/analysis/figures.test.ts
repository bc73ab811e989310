import { describe, expect, it } from 'vitest';
import { barChartHeight, figure, heatLevel, histogramOption, percentOf, pointsOption } from './figures.ts';

describe('analysis figures', () => {
  it('shows shares as percentages and none as a dash', () => {
    expect(percentOf(0.8)).toBe('80.0%');
    expect(percentOf(null)).toBe('—');
    expect(figure(19.6116)).toBe('19.6');
    expect(figure(undefined)).toBe('—');
  });

  it('bands facility for the heat table', () => {
    expect([0.2, 0.6, 0.75, 0.9, null].map(heatLevel)).toEqual(['weak', 'fair', 'good', 'strong', 'none']);
  });

  it('draws the histogram only when someone has a result', () => {
    expect(histogramOption([{ from: 0, to: 50, count: 0 }], '人数')).toBeNull();
    const option = histogramOption(
      [
        { from: 0, to: 50, count: 1 },
        { from: 50, to: 100, count: 3 },
      ],
      '人数',
    ) as { xAxis: { data: string[] }; series: { data: number[] }[] };
    expect(option.xAxis.data).toEqual(['0–50', '50–100']);
    expect(option.series[0]!.data).toEqual([1, 3]);
  });

  it('puts each point beside the city, as percentages, leaving out points without a facility', () => {
    const option = pointsOption(
      [
        { id: 'a', name: '宽带业务', facility: 0.4, cityFacility: 0.45, mean: 0.8, attempts: 5 },
        { id: 'b', name: '礼仪', facility: null, cityFacility: null, mean: 0, attempts: 1 },
      ],
      { here: '本级', city: '全市' },
    ) as { yAxis: { data: string[] }; series: { data: (number | null)[] }[] };
    expect(option.yAxis.data).toEqual(['宽带业务']);
    expect(option.series.map((s) => s.data)).toEqual([[40], [45]]);
    expect(pointsOption([], { here: '', city: '' })).toBeNull();
    expect(barChartHeight(1)).toBe(200);
  });
});
