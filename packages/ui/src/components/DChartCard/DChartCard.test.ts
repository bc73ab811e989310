import { flushPromises } from '@vue/test-utils';
import { getInstanceByDom } from 'echarts/core';
import type { EChartsCoreOption } from 'echarts/core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mountWithDesignSystem } from '../../test/mountWithDesignSystem.ts';
import DChartCard from './DChartCard.vue';

// happy-dom has no 2D canvas. ECharts itself is real; only the drawing surface is a no-op stand-in.
const noopContext = new Proxy({} as Record<string | symbol, unknown>, {
  get: (target, key) => (key in target ? target[key] : () => ({ width: 0 })),
  set: (target, key, value) => {
    target[key] = value;
    return true;
  },
});
let originalGetContext: typeof HTMLCanvasElement.prototype.getContext;
beforeAll(() => {
  originalGetContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = (() => noopContext) as never;
});
afterAll(() => {
  HTMLCanvasElement.prototype.getContext = originalGetContext;
});

const scoresByHall: EChartsCoreOption = {
  xAxis: { type: 'category', data: ['五一广场', '梅溪湖', '火车站'] },
  yAxis: { type: 'value', max: 100 },
  series: [{ type: 'bar', data: [92, 78, 85] }],
};
const noScores: EChartsCoreOption = { ...scoresByHall, series: [{ type: 'bar', data: [] }] };

function mountCard(option: EChartsCoreOption | null, props: Record<string, unknown> = {}) {
  return mountWithDesignSystem(DChartCard, { props: { title: '各营业厅得分', option, ...props } });
}

// The first test to draw pays for transforming ECharts, which takes seconds on a busy 2-core machine.
const ECHARTS_LOAD = { timeout: 15_000 };

const chartOf = (wrapper: ReturnType<typeof mountCard>) =>
  getInstanceByDom(wrapper.find('.d-chart-card__chart').element as HTMLElement);

describe('DChartCard', () => {
  it('shows the empty state and starts no chart while there is no data', async () => {
    const wrapper = mountCard(noScores);
    await flushPromises();
    expect(wrapper.find('.d-empty-state').exists()).toBe(true);
    expect(chartOf(wrapper)).toBeUndefined();
  });

  it('loads ECharts and draws the option once there is data', async () => {
    const wrapper = mountCard(noScores);
    await flushPromises();
    await wrapper.setProps({ option: scoresByHall });
    await vi.waitFor(() => expect(chartOf(wrapper)).toBeDefined(), ECHARTS_LOAD);
    expect(wrapper.find('.d-empty-state').exists()).toBe(false);
    expect(chartOf(wrapper)!.getOption().series).toMatchObject([{ type: 'bar', data: [92, 78, 85] }]);
  });

  it('replaces the drawn data when the option changes', async () => {
    const wrapper = mountCard(scoresByHall);
    await vi.waitFor(() => expect(chartOf(wrapper)).toBeDefined(), ECHARTS_LOAD);
    await wrapper.setProps({ option: { ...scoresByHall, series: [{ type: 'line', data: [60, 70, 80] }] } });
    await flushPromises();
    expect(chartOf(wrapper)!.getOption().series).toMatchObject([{ type: 'line', data: [60, 70, 80] }]);
  });

  it('disposes the chart when the card goes away', async () => {
    const wrapper = mountCard(scoresByHall);
    await vi.waitFor(() => expect(chartOf(wrapper)).toBeDefined(), ECHARTS_LOAD);
    const container = wrapper.find('.d-chart-card__chart').element as HTMLElement;
    wrapper.unmount();
    expect(getInstanceByDom(container)).toBeUndefined();
  });

  it('shows a loading mask instead of the empty state while loading', async () => {
    const wrapper = mountCard(null, { loading: true });
    await flushPromises();
    expect(wrapper.find('.el-loading-mask').exists()).toBe(true);
    expect(wrapper.find('.d-empty-state').exists()).toBe(false);
  });
});
