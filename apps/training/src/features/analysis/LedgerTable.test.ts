import { installDesignSystem, useLocale } from '@duda/ui';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { messages } from '../../i18n/index.ts';
import LedgerTable from './LedgerTable.vue';

enableAutoUnmount(afterEach);
afterEach(() => useLocale().setLocale('zh-CN'));

const plan = {
  id: 'plan-xh',
  orgNodeId: 'xh',
  orgName: '西湖区分公司',
  level: 'district',
  status: 'PUBLISHED',
  topics: ['首问负责'],
  sessionsPlanned: 3,
  sessionsHeld: 1,
  attendanceRate: 87.5,
};
const ledger = ref<unknown>(null);
vi.mock('./api.ts', () => ({
  useLedger: () => ({ data: ledger, isError: ref(false), isFetching: ref(false), refetch: vi.fn() }),
}));

async function mountLedger(locale: 'zh-CN' | 'en' = 'zh-CN') {
  const empty = { template: '<div />' };
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/', component: empty },
      { path: '/plans', name: 'training.plans.list', component: empty },
      { path: '/plans/:id', name: 'training.plans.editor', component: empty },
    ],
  });
  await router.push('/');
  const table = mount(LedgerTable, {
    props: { month: '2026-11' },
    attachTo: document.body,
    global: { plugins: [[installDesignSystem, { messages }], router] },
  });
  useLocale().setLocale(locale);
  await flushPromises();
  return table;
}

describe('LedgerTable', () => {
  it("lists the month's training plans, each a link to its editor", async () => {
    ledger.value = { month: '2026-11', exams: [], entries: [], trainingPlans: [plan] };
    const table = await mountLedger();
    const text = table.text();
    expect(text).toContain('本月培训计划');
    expect(text).toContain('区县');
    expect(text).toContain('已发布');
    expect(text).toContain('1 / 3');
    expect(text).toContain('87.5%');
    const link = table.findAll('a').find((a) => a.text() === '西湖区分公司');
    expect(link?.attributes('href')).toBe('/plans/plan-xh');
  });

  it('words the plans in English', async () => {
    ledger.value = { month: '2026-11', exams: [], entries: [], trainingPlans: [plan] };
    const table = await mountLedger('en');
    expect(table.text()).toContain("This month's training plans");
    expect(table.text()).toContain('District');
    expect(table.text()).toContain('Published');
  });

  it('says where to draft a plan when the month has none', async () => {
    ledger.value = { month: '2026-11', exams: [], entries: [], trainingPlans: [] };
    const table = await mountLedger();
    expect(table.text()).toContain('本月还没有培训计划');
    const link = table.findAll('a').find((a) => a.text() === '前往培训计划');
    expect(link?.attributes('href')).toBe('/plans?month=2026-11');
  });
});
