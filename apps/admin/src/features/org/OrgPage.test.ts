import { installDesignSystem } from '@duda/ui';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { messages } from '../../i18n/index.ts';
import OrgPage from './OrgPage.vue';

enableAutoUnmount(afterEach);

const api = vi.hoisted(() => ({ setActive: vi.fn(), auditInput: vi.fn() }));
vi.mock('../shared/api.ts', () => {
  const unit = (
    id: string,
    name: string,
    level: string,
    parentId: string | null,
    children: unknown[] = [],
  ) => ({
    id,
    code: id.toUpperCase(),
    name,
    level,
    parentId,
    active: true,
    address: null,
    children,
  });
  const tree = [unit('hz', '杭州分公司', 'city', null, [unit('sc', '上城区分公司', 'district', 'hz')])];
  return {
    useOrgTree: () => ({ data: ref(tree), isPending: ref(false) }),
    useAuditQuery: (input: () => unknown) => {
      api.auditInput(input());
      return {
        isPending: ref(false),
        data: ref({
          items: [
            {
              id: '2',
              at: new Date('2026-11-20T02:00:00Z'),
              actorName: '周敏',
              action: 'org.update',
              before: { name: '上城分公司', active: true },
              after: { name: '上城区分公司', active: true },
            },
          ],
        }),
      };
    },
  };
});
vi.mock('./api.ts', () => {
  const mutation = (call: () => unknown) => () => ({ mutateAsync: call, isPending: ref(false) });
  return {
    useNodeQuery: () => ({
      data: ref({
        ancestors: [{ id: 'hz', name: '杭州分公司', level: 'city' }],
        childCount: 0,
        staffCount: 0,
      }),
    }),
    useSetNodeActive: mutation(api.setActive),
    useCreateNode: mutation(vi.fn()),
    useUpdateNode: mutation(vi.fn()),
    useMoveNode: mutation(vi.fn()),
  };
});

async function mountAt(url: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/org', component: OrgPage }],
  });
  await router.push(url);
  const page = mount(OrgPage, {
    attachTo: document.body,
    global: { plugins: [router, [installDesignSystem, { messages }]] },
  });
  await flushPromises();
  return page;
}

describe('OrgPage', () => {
  it('shows the unit named in the URL with its change history, field by field', async () => {
    const page = await mountAt('/org?node=sc');
    expect(api.auditInput).toHaveBeenCalledWith(
      expect.objectContaining({ entityType: 'OrgNode', entityId: 'sc' }),
    );
    const panel = page.get('[data-testid="org-node"]').text();
    expect(panel).toContain('杭州分公司');
    const history = page.get('[data-testid="node-history"]').text();
    expect(history).toContain('修改单位');
    expect(history).toContain('周敏');
    expect(history).toContain('name: 上城分公司 → 上城区分公司');
    expect(history).not.toContain('active');
  });

  it('deactivates a unit after asking', async () => {
    api.setActive.mockResolvedValue(undefined);
    const page = await mountAt('/org?node=sc');
    await page
      .findAll('button')
      .find((b) => b.text() === '停用')!
      .trigger('click');
    await flushPromises();
    const box = document.body.querySelector('.el-message-box')!;
    expect(box.textContent).toContain('停用“上城区分公司”');
    (box.querySelector('.el-button--primary') as HTMLButtonElement).click();
    await flushPromises();
    expect(api.setActive).toHaveBeenCalledWith({ id: 'sc', active: false });
  });

  it('asks to pick a unit when none is named', async () => {
    const page = await mountAt('/org');
    expect(page.get('[data-testid="org-node"]').text()).toBe('在左侧选择一个单位');
  });
});
