import { setCurrentUser, type CurrentUser } from '@duda/federation';
import { flushPromises } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { mountInRemote } from '../../test/mountInRemote.ts';
import InspectionsPage from './InspectionsPage.vue';

vi.mock('./api.ts', () => ({
  useInspectionsQuery: () => ({
    data: ref({ items: [], total: 0, page: 1, pageSize: 20 }),
    isPending: ref(false),
    isFetching: ref(false),
    isError: ref(false),
    error: ref(null),
    refetch: vi.fn(),
  }),
}));
vi.mock('../../api/orgScope.ts', () => ({ useOrgScope: () => ({ tree: ref([]), ownHall: ref(null) }) }));

const userWith = (permissions: string[]) =>
  ({
    person: {
      id: 'p-1',
      staffNo: 'HZ0001',
      name: '王强',
      position: '',
      orgNodeId: 'c-1',
      orgName: '杭州分公司',
    },
    roles: [],
    permissions,
    mustChangePassword: false,
  }) as CurrentUser;

async function emptyPageText(permissions: string[]) {
  setCurrentUser(userWith(permissions));
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/inspections', name: 'inspection.inspections', component: { render: () => null } }],
  });
  await router.push('/inspections');
  const wrapper = mountInRemote(InspectionsPage, {
    global: { plugins: [router], stubs: { InspectionDetailDrawer: true } },
  });
  await flushPromises();
  return wrapper.text();
}

describe('the inspection records page with no record', () => {
  afterEach(() => setCurrentUser(null));

  it('tells the leader, who inspects nothing, when records will show, not to start one from 我的任务', async () => {
    const text = await emptyPageText(['inspection.read', 'inspection.plan.approve']);
    expect(text).not.toContain('我的任务');
    expect(text).toContain('您管辖范围内的检查提交后会显示在这里');
  });

  it('points those who inspect or self-check to 我的任务', async () => {
    for (const action of ['inspection.perform', 'inspection.selfcheck'])
      expect(await emptyPageText(['inspection.read', action])).toContain('在"我的任务"中开始检查');
  });
});
