import { DOrgTreeSelect, installDesignSystem } from '@duda/ui';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { messages } from '../../i18n/index.ts';
import type { PersonDetail } from './api.ts';
import PersonDrawer from './PersonDrawer.vue';

enableAutoUnmount(afterEach);

const { api, clerk, sessions } = vi.hoisted(() => {
  const clerk: PersonDetail = {
    id: 'p1',
    staffNo: 'HZ10103',
    name: '赵雪',
    position: '营业员（综合业务）',
    status: 'active',
    orgNodeId: 'hubin',
    orgName: '湖滨营业厅',
    phone: null,
    hireDate: new Date('2024-03-01'),
    roles: [{ id: 'a1', role: 'clerk', orgNodeId: 'hubin', orgName: '湖滨营业厅' }],
    account: {
      username: 'hubin.clerk',
      disabled: false,
      locked: false,
      mustChangePassword: false,
      lastLoginAt: null,
    },
  };
  const sessions = [
    {
      id: 'a'.repeat(64),
      createdAt: new Date('2026-11-30T01:00:00Z'),
      lastSeenAt: new Date('2026-11-30T02:00:00Z'),
      expiresAt: new Date('2026-12-01T01:00:00Z'),
      ip: '10.0.0.7',
      userAgent: 'Mozilla/5.0 (iPhone) MicroMessenger/8.0.49',
      device: { browser: 'WeChat 8.0', os: 'iOS 17.5', phone: true },
    },
    {
      id: 'b'.repeat(64),
      createdAt: new Date('2026-11-29T01:00:00Z'),
      lastSeenAt: new Date('2026-11-29T02:00:00Z'),
      expiresAt: new Date('2026-11-30T01:00:00Z'),
      ip: null,
      userAgent: null,
      device: { browser: null, os: null, phone: false },
    },
  ];
  return {
    api: { reset: vi.fn(), status: vi.fn(), assign: vi.fn(), revoke: vi.fn(), endSessions: vi.fn() },
    clerk,
    sessions,
  };
});
vi.mock('./api.ts', () => {
  const mutation = (call: () => unknown) => () => ({ mutateAsync: call, isPending: ref(false) });
  return {
    usePersonQuery: () => ({ data: ref(clerk), isPending: ref(false) }),
    useResetPassword: mutation(api.reset),
    useSetPersonStatus: mutation(api.status),
    useAssignRole: mutation(api.assign),
    useRevokeRole: mutation(api.revoke),
    usePersonSessionsQuery: () => ({ data: ref(sessions), isSuccess: ref(true) }),
    useRevokeSessions: mutation(api.endSessions),
    useCreatePerson: mutation(vi.fn()),
    useUpdatePerson: mutation(vi.fn()),
  };
});

const hall = {
  id: 'hubin',
  code: 'HZ-SC-HB',
  name: '湖滨营业厅',
  level: 'hall' as const,
  parentId: 'sc',
  active: true,
  address: null,
  children: [],
};
const router = createRouter({
  history: createMemoryHistory(),
  routes: [{ path: '/admin/audit', name: 'admin.audit', component: { render: () => null } }],
});
const mountDrawer = () =>
  mount(PersonDrawer, {
    attachTo: document.body,
    props: { modelValue: true, personId: 'p1', nodes: [hall] },
    global: { plugins: [router, [installDesignSystem, { messages }]] },
  });
const button = (label: string) =>
  [...document.body.querySelectorAll<HTMLButtonElement>('.el-drawer button')].find(
    (b) => b.textContent?.trim() === label,
  )!;
const confirmBox = async () => {
  await flushPromises();
  // The newest box: an answered one may still be fading out.
  const box = [...document.body.querySelectorAll('.el-message-box')].at(-1)!;
  const said = box.textContent;
  (box.querySelector('.el-button--primary') as HTMLButtonElement).click();
  await flushPromises();
  return said;
};

describe('PersonDrawer', () => {
  beforeEach(() => {
    for (const call of Object.values(api)) call.mockReset().mockResolvedValue({});
    document.body.innerHTML = '';
  });

  it('resets a password only after saying the person must change it at next sign-in, then shows it once', async () => {
    api.reset.mockResolvedValue({ temporaryPassword: 'Xk7pQ2mz5a' });
    mountDrawer();
    await flushPromises();
    button('重置密码').click();
    expect(await confirmBox()).toContain('赵雪 下次登录时必须修改密码');
    expect(api.reset).toHaveBeenCalledWith({ personId: 'p1' });
    await vi.waitFor(() =>
      expect(document.body.querySelector('.el-message-box')?.textContent).toContain('Xk7pQ2mz5a'),
    );
  });

  it('links to the audit log kept to this person’s record', async () => {
    mountDrawer();
    await flushPromises();
    const link = [...document.body.querySelectorAll<HTMLAnchorElement>('.el-drawer a')].find(
      (a) => a.textContent?.trim() === '变更记录',
    );
    expect(link?.getAttribute('href')).toBe('/admin/audit?entityType=Person&entityId=p1');
  });

  it('disables a person after asking', async () => {
    mountDrawer();
    await flushPromises();
    button('停用（离职）').click();
    expect(await confirmBox()).toContain('赵雪 将无法登录');
    expect(api.status).toHaveBeenCalledWith({ id: 'p1', status: 'left' });
  });

  it('gives a role at a hall of the tree, and revokes a held one', async () => {
    const drawer = mountDrawer();
    await flushPromises();
    const roles = drawer.findComponent({ name: 'PersonRoles' });
    roles.findComponent({ name: 'ElSelect' }).vm.$emit('update:modelValue', 'duty_manager');
    await flushPromises();
    roles.findComponent(DOrgTreeSelect).vm.$emit('update:modelValue', 'hubin');
    await flushPromises();
    button('添加角色').click();
    await flushPromises();
    expect(api.assign).toHaveBeenCalledWith({ personId: 'p1', role: 'duty_manager', orgNodeId: 'hubin' });

    button('撤销').click();
    expect(await confirmBox()).toContain('撤销 赵雪 在 湖滨营业厅 的“营业员”角色');
    expect(api.revoke).toHaveBeenCalledWith({ assignmentId: 'a1' });
  });

  it('lists where the person is signed in and ends one session, or all of them after saying how many', async () => {
    api.endSessions.mockResolvedValue({ revoked: 1 });
    mountDrawer();
    await flushPromises();
    const panel = document.body.querySelector('[data-testid="person-sessions"]')!;
    expect(panel.textContent).toContain('WeChat 8.0 · iOS 17.5（手机） · 10.0.0.7');
    expect(panel.textContent).toContain('未知浏览器');
    button('结束').click();
    expect(await confirmBox()).toContain('结束 赵雪 在 WeChat 8.0 · iOS 17.5（手机） 上的登录');
    expect(api.endSessions).toHaveBeenCalledWith({ personId: 'p1', sessionId: 'a'.repeat(64) });

    button('全部结束').click();
    expect(await confirmBox()).toContain('结束 赵雪 的全部 2 个登录会话');
    expect(api.endSessions).toHaveBeenLastCalledWith({ personId: 'p1', sessionId: undefined });
  });
});
