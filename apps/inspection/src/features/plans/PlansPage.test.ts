import { setCurrentUser, type CurrentUser } from '@duda/federation';
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { mountInRemote } from '../../test/mountInRemote.ts';
import PlansPage from './PlansPage.vue';

vi.mock('./api.ts', () => ({
  usePlansQuery: () => ({
    data: ref({ items: [], total: 0, page: 1, pageSize: 20 }),
    isPending: ref(false),
    isFetching: ref(false),
    isError: ref(false),
    error: ref(null),
    refetch: vi.fn(),
  }),
}));

const userWith = (permissions: string[]) =>
  ({
    person: {
      id: 'p-1',
      staffNo: 'HZ0001',
      name: '李娜',
      position: '',
      orgNodeId: 'h-1',
      orgName: '湖滨营业厅',
    },
    roles: [],
    permissions,
    mustChangePassword: false,
  }) as CurrentUser;

async function emptyPageText(permissions: string[]) {
  setCurrentUser(userWith(permissions));
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/plans', name: 'inspection.plans', component: { render: () => null } },
      { path: '/plans/:id', name: 'inspection.plans.detail', component: { render: () => null } },
    ],
  });
  await router.push('/plans');
  const wrapper = mountInRemote(PlansPage, {
    global: { plugins: [router], stubs: { PlanCreateDialog: true } },
  });
  await flushPromises();
  return wrapper.text();
}

describe('the plans page with no plan', () => {
  afterEach(() => setCurrentUser(null));

  it('tells a hall manager when plans will appear, not to make one by the 3rd', async () => {
    const text = await emptyPageText(['inspection.read']);
    expect(text).not.toContain('每月 3 日前');
    expect(text).toContain('上级的检查计划提交或下发后会显示在这里');
  });

  it('reminds a supervisor who makes plans of the 3rd', async () => {
    expect(await emptyPageText(['inspection.read', 'inspection.plan.edit'])).toContain(
      '每月 3 日前制定本月检查计划并报领导审批',
    );
  });
});
