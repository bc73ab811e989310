import { setCurrentUser } from '@duda/federation';
import { installDesignSystem } from '@duda/ui';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ref, toValue, type MaybeRefOrGetter } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { messages } from '../../i18n/index.ts';
import type { Thresholds } from './api.ts';
import ThresholdsPage from './ThresholdsPage.vue';

enableAutoUnmount(afterEach);

// The server's preview stands in as the same counting: of five shown results, those below the threshold.
const SHOWN = [45, 58, 62, 70, 88];
const api = vi.hoisted(() => ({
  saved: { lowScore: 60, improveBy: 5 },
  save: vi.fn(),
  asked: [] as unknown[],
}));
vi.mock('./api.ts', async () => {
  const { computed } = await import('vue');
  return {
    useThresholds: () => ({ data: ref(api.saved), error: ref(null) }),
    useSaveThresholds: () => ({ mutateAsync: api.save, isPending: ref(false) }),
    useThresholdsPreview: (
      asked: MaybeRefOrGetter<Thresholds | null>,
      enabled: MaybeRefOrGetter<boolean>,
    ) => ({
      isError: ref(false),
      data: computed(() => {
        const value = toValue(asked);
        if (!toValue(enabled) || !value) return undefined;
        api.asked.push(value);
        return {
          month: '2026-11',
          shown: SHOWN.length,
          lowPerformers: SHOWN.filter((score) => score < value.lowScore).length,
          improvers: value.improveBy <= 5 ? 1 : 0,
        };
      }),
    }),
  };
});

const cityUser = (permissions: string[]) =>
  setCurrentUser({
    person: { id: 'p', staffNo: 'HZ00002', name: '周敏', position: '', orgNodeId: 'c', orgName: '杭州' },
    roles: [],
    permissions,
    mustChangePassword: false,
  });

async function mountPage() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/coaching/thresholds', name: 'performance.coaching.thresholds', component: ThresholdsPage },
      { path: '/coaching', name: 'performance.coaching', component: { render: () => null } },
    ],
  });
  await router.push('/coaching/thresholds');
  const page = mount(ThresholdsPage, {
    attachTo: document.body,
    global: { plugins: [[installDesignSystem, { messages }], router] },
  });
  await flushPromises();
  return page;
}

async function type(page: Awaited<ReturnType<typeof mountPage>>, testId: string, value: string) {
  const input = page.find(`[data-testid="${testId}"] input`);
  await input.setValue(value);
  await input.trigger('change');
  await vi.advanceTimersByTimeAsync(400);
  await flushPromises();
}

describe('ThresholdsPage', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    localStorage.clear();
    api.saved = { lowScore: 60, improveBy: 5 };
    api.asked = [];
    api.save.mockReset().mockResolvedValue(api.saved);
  });
  afterEach(() => {
    vi.useRealTimers();
    setCurrentUser(null);
  });

  it('lets the city supervisor see how many a new threshold flags, and saves it', async () => {
    cityUser(['performance.read', 'performance.scheme.manage', 'performance.scorecard.assess']);
    const page = await mountPage();
    expect(page.find('[data-testid="preview-low"]').text()).toBe(
      '按此门槛，2026-11 公布的 5 人中有 2 人需要辅导',
    );
    await type(page, 'threshold-low-score', '75');
    expect(page.find('[data-testid="preview-low"]').text()).toContain('有 4 人需要辅导');
    expect(page.find('[data-testid="thresholds-unsaved"]').exists()).toBe(true);
    await page.find('form').trigger('submit');
    await flushPromises();
    expect(api.save).toHaveBeenCalledWith({ lowScore: 75, improveBy: 5 });
  });

  it('shows the server’s refusal under its field', async () => {
    cityUser(['performance.read', 'performance.scheme.manage', 'performance.scorecard.assess']);
    api.save.mockRejectedValue(
      Object.assign(new Error('bad input'), {
        name: 'TRPCClientError',
        data: {
          code: 'BAD_REQUEST',
          httpStatus: 400,
          fieldErrors: [{ path: 'improveBy', message: '进步幅度应在 0.5–100 分之间' }],
        },
      }),
    );
    const page = await mountPage();
    await type(page, 'threshold-improve-by', '0.2');
    await page.find('form').trigger('submit');
    await flushPromises();
    // Element shows a field's error after a short debounce.
    await vi.advanceTimersByTimeAsync(500);
    const items = page.findAll('.el-form-item');
    expect(items[1]!.find('.el-form-item__error').text()).toBe('进步幅度应在 0.5–100 分之间');
    expect(items[0]!.find('.el-form-item__error').exists()).toBe(false);
  });

  it('keeps what was typed across a reload until it is saved', async () => {
    cityUser(['performance.read', 'performance.scheme.manage', 'performance.scorecard.assess']);
    const first = await mountPage();
    await type(first, 'threshold-low-score', '70');
    first.unmount();
    const again = await mountPage();
    expect((again.find('[data-testid="threshold-low-score"] input').element as HTMLInputElement).value).toBe(
      '70.00',
    );
    await again.find('form').trigger('submit');
    await flushPromises();
    expect(localStorage.length).toBe(0);
  });

  it('shows others the thresholds without a form or a preview', async () => {
    cityUser(['performance.read', 'performance.scorecard.assess']);
    const page = await mountPage();
    expect(page.find('form').exists()).toBe(false);
    expect(page.find('[data-testid="thresholds-read-only"]').text()).toContain('60 分');
    expect(page.text()).toContain('辅导门槛由市公司督导设置。');
    expect(api.asked).toEqual([]);
  });
});
