import { installDesignSystem } from '@duda/ui';
import { VueQueryPlugin, QueryClient } from '@tanstack/vue-query';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { messages } from '../../i18n/index.ts';
import MonthRunPanel from './MonthRunPanel.vue';

enableAutoUnmount(afterEach);

const T = (s: number) => new Date(Date.UTC(2026, 11, 2, 8, 0, s));
const api = vi.hoisted(() => ({ runs: null as unknown, mutate: vi.fn(), refetch: vi.fn() }));
vi.mock('./api.ts', async () => {
  const { ref: vueRef } = await import('vue');
  return {
    afterRunInvalidates: ['performance.months'],
    useMonthRuns: () => ({ data: api.runs, refetch: api.refetch }),
    useRunMonth: () => ({ mutateAsync: api.mutate, isPending: vueRef(false) }),
  };
});

const base = {
  id: '0b8c1e7e-4f55-4f0e-9b0e-1a2b3c4d5e6f',
  month: '2026-11',
  trigger: 'MANUAL',
  requestedByName: '周敏',
  sources: [],
  scorecards: null,
  written: null,
  createdAt: T(0),
  startedAt: T(1),
  finishedAt: null,
  failure: null,
};
const pulled = { stage: 'PULLING', startedAt: T(1).toISOString(), finishedAt: T(3).toISOString() };
const computed = { stage: 'COMPUTING', startedAt: T(3).toISOString(), finishedAt: T(4).toISOString() };

const mountPanel = () =>
  mount(MonthRunPanel, {
    props: { month: '2026-11', everRun: true },
    global: {
      plugins: [
        [installDesignSystem, { messages }],
        [VueQueryPlugin, { queryClient: new QueryClient() }],
      ],
    },
  });

describe('MonthRunPanel', () => {
  beforeEach(() => {
    api.mutate.mockReset();
    api.refetch.mockReset();
  });

  it('follows a run that is pulling: the stage, the sources in, the one still asked', async () => {
    api.runs = ref([
      {
        ...base,
        status: 'RUNNING',
        stage: 'PULLING',
        stages: [{ stage: 'PULLING', startedAt: T(1).toISOString(), finishedAt: null }],
        sources: [
          { source: 'ORG', done: true },
          { source: 'INSPECTION', done: false },
        ],
      },
    ]);
    const panel = mountPanel();
    await flushPromises();
    const progress = panel.find('[data-testid="month-run-progress"]');
    expect(progress.text()).toContain('拉取数据');
    expect(progress.text()).toContain('已取 1/2 项，正在取：服务检查');
    expect(panel.find('[data-testid="month-run-percent"]').text()).toContain('20%');
    expect(panel.find('[data-testid="month-run-status"]').text()).toContain('运行中');
    expect(panel.find('button').text()).toBe('正在计算…');
  });

  it('shows a finished run as 完成 with its count and time, and the run in the list by whom and how long', async () => {
    api.runs = ref([
      {
        ...base,
        status: 'SUCCEEDED',
        stage: 'WRITING',
        stages: [
          pulled,
          computed,
          { stage: 'WRITING', startedAt: T(4).toISOString(), finishedAt: T(6).toISOString() },
        ],
        scorecards: 7,
        written: 7,
        finishedAt: T(6),
      },
    ]);
    const panel = mountPanel();
    await flushPromises();
    expect(panel.find('[data-testid="month-run-status"]').text()).toContain(
      '完成：已计算 7 份考核表，用时 5 秒',
    );
    const list = panel.find('[data-testid="month-runs"]').text();
    expect(list).toContain('周敏');
    expect(list).toContain('拉取数据 2 秒 · 计算 1 秒 · 保存 2 秒');
  });

  it('says why a run failed and runs it again; a run already under way is said to be the one shown', async () => {
    api.runs = ref([
      {
        ...base,
        trigger: 'NIGHTLY',
        requestedByName: null,
        status: 'FAILED',
        stage: 'COMPUTING',
        stages: [pulled, { stage: 'COMPUTING', startedAt: T(3).toISOString(), finishedAt: null }],
        finishedAt: T(9),
        failure: {
          code: 'performance.monthRuns.interrupted',
          params: {},
          message: '计算被中断（服务重启），已有考核表未改动。请重新运行',
        },
      },
    ]);
    api.mutate.mockResolvedValue({ ...base, status: 'QUEUED', alreadyRunning: true });
    const panel = mountPanel();
    await flushPromises();
    expect(panel.find('[data-testid="month-run-status"]').text()).toContain('计算被中断（服务重启）');
    expect(panel.find('[data-testid="month-runs"]').text()).toContain('夜间自动');
    const again = panel.findAll('button').find((b) => b.text() === '重新运行')!;
    await again.trigger('click');
    await flushPromises();
    expect(api.mutate).toHaveBeenCalledWith({ month: '2026-11' });
    expect(api.refetch).toHaveBeenCalled();
    expect(document.body.textContent).toContain('本月已有一次计算在排队或运行中');
  });
});
