import { setCurrentUser } from '@duda/federation';
import { installDesignSystem } from '@duda/ui';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ref, toValue, type MaybeRefOrGetter } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { messages } from '../../i18n/index.ts';
import type { RollupKey, RollupsInput } from './api.ts';
import { defaultPeriod } from './periods.ts';
import RollupsPage from './RollupsPage.vue';

enableAutoUnmount(afterEach);

const ROW = {
  personId: '11111111-1111-4111-8111-111111111111',
  personName: '赵雪',
  staffNo: 'HZ10103',
  role: 'clerk',
  hallName: '湖滨营业厅',
  districtName: '上城区分公司',
  months: 2,
  score: 83.25,
  grade: 'GOOD',
};
const api = vi.hoisted(() => ({
  asked: [] as unknown[],
  opened: [] as unknown[],
  rows: [] as unknown[],
  signedOffMonths: [] as string[],
  exportRollups: vi.fn(),
}));
vi.mock('./api.ts', async () => {
  const { computed } = await import('vue');
  const answer = <T>(data: () => T) => ({
    data: computed(data),
    error: ref(null),
    isPending: ref(false),
    isFetching: ref(false),
    isError: ref(false),
    refetch: vi.fn(),
  });
  return {
    useRollups: (input: MaybeRefOrGetter<RollupsInput>) =>
      answer(() => {
        api.asked.push(toValue(input));
        return { items: api.rows, total: api.rows.length, signedOffMonths: api.signedOffMonths };
      }),
    useRollup: (key: MaybeRefOrGetter<RollupKey | null>) =>
      answer(() => {
        const asked = toValue(key);
        if (!asked) return undefined;
        api.opened.push(asked);
        return {
          ...ROW,
          year: asked.year,
          period: asked.period,
          rule: 'MEAN_OF_SIGNED_OFF_MONTHS',
          bands: { excellent: 90, good: 80, pass: 60 },
          signedOffMonths: ['2026-07', '2026-09'],
          monthScores: [
            { month: '2026-07', final: 80.5, grade: 'GOOD' },
            { month: '2026-09', final: 86, grade: 'GOOD' },
          ],
        };
      }),
    exportRollups: api.exportRollups,
  };
});
vi.mock('../scorecards/api.ts', () => ({ useOrgTree: () => ({ data: ref([]) }) }));

const user = (permissions: string[]) =>
  setCurrentUser({
    person: { id: 'p', staffNo: 'HZ00009', name: '人力', position: '', orgNodeId: 'c', orgName: '杭州' },
    roles: [],
    permissions,
    mustChangePassword: false,
  });

async function mountPage(path = '/rollups') {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/rollups', name: 'performance.rollups', component: RollupsPage },
      { path: '/scorecards', name: 'performance.scorecards', component: { render: () => null } },
    ],
  });
  await router.push(path);
  const page = mount(
    { template: '<RouterView />' },
    {
      attachTo: document.body,
      global: { plugins: [[installDesignSystem, { messages }], router] },
    },
  );
  await flushPromises();
  return { page, router };
}

describe('RollupsPage', () => {
  beforeEach(() => {
    localStorage.clear();
    api.asked = [];
    api.opened = [];
    api.rows = [ROW];
    api.signedOffMonths = ['2026-07', '2026-09'];
    api.exportRollups.mockReset().mockResolvedValue(undefined);
  });
  afterEach(() => setCurrentUser(null));

  it('asks for last month’s quarter, first page, and says which signed-off months it counts', async () => {
    user(['performance.read']);
    const { page } = await mountPage();
    const opening = defaultPeriod();
    expect(api.asked.at(-1)).toMatchObject({
      year: Number(opening.year),
      period: opening.period,
      page: 1,
      pageSize: 20,
    });
    expect(page.text()).toContain('赵雪');
    expect(page.text()).toContain('83.25');
    expect(page.find('[data-testid="rollups-counted"]').text()).toBe('已签发月份：2026-07、2026-09');
  });

  it('asks for the year and period the URL names', async () => {
    user(['performance.read']);
    await mountPage('/rollups?year=2025&period=YEAR');
    expect(api.asked.at(-1)).toMatchObject({ year: 2025, period: 'YEAR' });
  });

  it('says what to do when no month of the period is signed off', async () => {
    user(['performance.read']);
    api.rows = [];
    api.signedOffMonths = [];
    const { page } = await mountPage();
    expect(page.text()).toContain('本期间还没有可汇总的考核结果');
    expect(page.text()).toContain('在“月度绩效”中完成评价、校准锁定并签发');
  });

  it('opens a person’s months and the rule in the drawer', async () => {
    user(['performance.read']);
    const { router } = await mountPage('/rollups?year=2026&period=Q3');
    await document.querySelector<HTMLElement>('.el-table__body tr')!.click();
    await flushPromises();
    expect(router.currentRoute.value.query.person).toBe(ROW.personId);
    expect(api.opened.at(-1)).toEqual({ year: 2026, period: 'Q3', personId: ROW.personId });
    const drawer = document.querySelector('[data-testid="rollup-detail"]')!;
    expect(drawer.querySelector('[data-testid="rollup-months"]')!.textContent).toContain('80.5');
    expect(drawer.querySelector('[data-testid="rollup-rule"]')!.textContent).toContain('2 个已签发月份');
  });

  it('lets HR export the period with the filters; others see no export', async () => {
    user(['performance.read']);
    const first = await mountPage();
    expect(first.page.text()).not.toContain('导出 Excel');
    first.page.unmount();
    user(['performance.read', 'performance.export']);
    const { page } = await mountPage('/rollups?year=2026&period=Q2&search=HZ101');
    const button = page.findAll('button').find((b) => b.text() === '导出 Excel')!;
    await button.trigger('click');
    await flushPromises();
    expect(api.exportRollups).toHaveBeenCalledWith(
      expect.objectContaining({ year: 2026, period: 'Q2', search: 'HZ101' }),
    );
  });
});
