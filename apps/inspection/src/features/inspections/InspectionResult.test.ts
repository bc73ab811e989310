import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { mountInRemote } from '../../test/mountInRemote.ts';
import type { InspectionDetail } from './api.ts';
import InspectionResult from './InspectionResult.vue';

const router = createRouter({
  history: createMemoryHistory(),
  routes: [
    { path: '/', component: { render: () => null } },
    { path: '/rectifications', name: 'inspection.rectifications', component: { render: () => null } },
  ],
});

const inspection = (
  orders: { id: string }[],
  restPasses: { at: Date; actorName: string; itemCount: number }[] = [],
) =>
  ({
    id: 'inspection-7',
    kind: 'MONTHLY_VISIT',
    status: 'SUBMITTED',
    hallName: '湖滨营业厅',
    inspectorName: '刘海涛',
    inspectedOn: '2026-11-10',
    startedAt: null,
    submittedAt: null,
    total: 86,
    vetoed: false,
    mysteryPublishedAt: null,
    summary: null,
    template: { name: '营业厅服务检查标准', version: 1, passLine: 80, sections: [] },
    results: [],
    photos: {},
    sectionScores: [],
    orders,
    restPasses,
  }) as unknown as InspectionDetail;

async function mountResult(orders: { id: string }[], restPasses: Parameters<typeof inspection>[1] = []) {
  const wrapper = mountInRemote(InspectionResult, {
    props: { inspection: inspection(orders, restPasses) },
    global: { plugins: [router] },
  });
  await flushPromises();
  return wrapper;
}

describe('InspectionResult', () => {
  it('links the count of rectification orders to those orders', async () => {
    const wrapper = await mountResult([{ id: 'o1' }, { id: 'o2' }, { id: 'o3' }]);
    const link = wrapper.get('[data-testid=inspection-orders]');
    expect(link.text()).toBe('3 张，查看');
    expect(link.attributes('href')).toBe('/rectifications?inspectionId=inspection-7');
  });

  it('has nothing to open when the inspection raised no order', async () => {
    const wrapper = await mountResult([]);
    expect(wrapper.find('[data-testid=inspection-orders]').exists()).toBe(false);
  });

  it('says who marked the rest passed, when, and how many items', async () => {
    const at = new Date(2026, 10, 10, 10, 5);
    const wrapper = await mountResult([], [{ at, actorName: '刘海涛', itemCount: 29 }]);
    expect(wrapper.get('[data-testid=inspection-rest-pass]').text()).toBe(
      '刘海涛 于 2026-11-10 10:05 标记 29 项',
    );
  });

  it('shows no such line when nobody used it', async () => {
    const wrapper = await mountResult([]);
    expect(wrapper.find('[data-testid=inspection-rest-pass]').exists()).toBe(false);
  });
});
