import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { mountInRemote } from '../../test/mountInRemote.ts';
import type { Dashboard } from './api.ts';
import MonthNotice from './MonthNotice.vue';

const router = createRouter({
  history: createMemoryHistory(),
  routes: [
    { path: '/', component: { render: () => null } },
    { path: '/inspections', name: 'inspection.inspections', component: { render: () => null } },
  ],
});

const kpis = (inspections: number, ownChecks: number) =>
  ({
    inspections,
    ownChecks,
    averageScore: null,
    passRate: null,
    rectificationRate: null,
    overdue: 0,
    planRate: null,
  }) as Dashboard['kpis'];

async function notice(inspections: number, ownChecks: number) {
  const wrapper = mountInRemote(MonthNotice, {
    props: { kpis: kpis(inspections, ownChecks), month: '2026-12' },
    global: { plugins: [router] },
  });
  await flushPromises();
  return wrapper;
}

describe('the dashboard’s notice for a month without scored inspections', () => {
  it('tells a hall that checked itself only where its daily checks are counted', async () => {
    const wrapper = await notice(0, 2);
    expect(wrapper.text()).not.toContain('本月还没有检查数据');
    expect(wrapper.text()).toContain('本月已提交日检、自查 2 次');
    expect(wrapper.get('a').attributes('href')).toBe('/inspections?kind=DAILY&month=2026-12');
  });

  it('says there is no data yet when nothing was checked at all', async () => {
    expect((await notice(0, 0)).text()).toContain('本月还没有检查数据');
  });

  it('says nothing once supervisors have inspected', async () => {
    expect((await notice(3, 2)).find('[data-testid=dashboard-month-notice]').exists()).toBe(false);
  });
});
