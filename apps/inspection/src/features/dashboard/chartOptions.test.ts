import { describe, expect, it } from 'vitest';
import { barChartHeight, rankingOption, shortStavesOption, trendOption, withMotion } from './chartOptions.ts';

const labels = { score: '平均得分', passRate: '达标率' };
const point = (month: string, inspections: number, averageScore: number | null, passRate: number | null) => ({
  month,
  inspections,
  averageScore,
  passRate,
});
const stave = (itemCode: string, failureRate: number) => ({
  itemCode,
  itemTitle: `检查项${itemCode}`,
  sectionName: '营业环境',
  inspected: 10,
  failed: failureRate / 10,
  failureRate,
  hallsAffected: 2,
});

describe('dashboard charts', () => {
  it('draws the trend month by month, or nothing when no month has inspections', () => {
    const option = trendOption([point('2026-10', 0, null, null), point('2026-11', 4, 88.5, 75)], labels);
    expect(option?.xAxis).toMatchObject({ data: ['2026-10', '2026-11'] });
    expect(option?.series).toMatchObject([
      { name: '平均得分', data: [null, 88.5] },
      { name: '达标率', data: [null, 75] },
    ]);
    expect(option?.series).toMatchObject([
      { labelLayout: { hideOverlap: true } },
      { labelLayout: { hideOverlap: true } },
    ]);
    expect(trendOption([point('2026-11', 0, null, null)], labels)).toBeNull();
  });

  it('ranks scored units only, best first as given, up to the limit', () => {
    const option = rankingOption(
      [
        { name: '湖滨', score: 95 },
        { name: '南星', score: 90 },
        { name: '清波', score: 85 },
        { name: '望江', score: null },
      ],
      '平均得分',
      2,
    );
    expect(option?.yAxis).toMatchObject({ data: ['湖滨', '南星'] });
    expect(option?.series).toMatchObject([{ data: [95, 90] }]);
    expect(rankingOption([{ name: '望江', score: null }], '平均得分')).toBeNull();
  });

  it('draws the ranking on a value axis from 0 to 100, with labels that never overlap', () => {
    const option = rankingOption(
      [
        { name: '湖滨', score: 100 },
        { name: '南星', score: 93.4 },
      ],
      '平均得分',
    );
    expect(option?.xAxis).toEqual({ type: 'value', min: 0, max: 100 });
    expect(option?.series).toMatchObject([{ labelLayout: { hideOverlap: true } }]);
  });

  it('shows the short staves with their failure rate and explains each in the tooltip', () => {
    const staves = [stave('A01', 40), stave('B02', 20)];
    const option = shortStavesOption(staves, '问题率', (s) => `${s.failed}/${s.inspected}`);
    expect(option?.series).toMatchObject([{ data: [40, 20] }]);
    const formatter = (option?.tooltip as { formatter: (p: { dataIndex: number }) => string }).formatter;
    expect(formatter({ dataIndex: 1 })).toBe('检查项B02<br/>问题率: 20<br/>2/10');
    expect(shortStavesOption([], '问题率', () => '')).toBeNull();
  });

  it('turns the animation off when less motion is asked for', () => {
    const option = rankingOption([{ name: '湖滨', score: 95 }], '平均得分');
    expect(withMotion(option, false)).toMatchObject({ animation: false, series: option?.series });
    expect(withMotion(option, true)).toBe(option);
    expect(withMotion(null, false)).toBeNull();
  });

  it('grows bar charts with the number of bars', () => {
    expect(barChartHeight(3)).toBe(240);
    expect(barChartHeight(20)).toBe(20 * 28 + 32);
  });
});
