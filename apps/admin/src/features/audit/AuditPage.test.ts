import { installDesignSystem } from '@duda/ui';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { messages } from '../../i18n/index.ts';
import AuditPage from './AuditPage.vue';

enableAutoUnmount(afterEach);

const api = vi.hoisted(() => ({ asked: vi.fn(), exportAudit: vi.fn() }));
vi.mock('../shared/api.ts', () => ({
  useAuditQuery: (input: () => unknown) => {
    api.asked(input());
    return {
      data: ref({
        total: 1,
        items: [
          {
            id: '9',
            at: new Date('2026-12-01T02:00:00Z'),
            actorPersonId: 'admin-id',
            actorName: '陈立新',
            action: 'role.assign',
            entityType: 'RoleAssignment',
            entityId: 'ra-1',
            before: null,
            after: { personId: 'p1', role: 'duty_manager', orgNodeId: 'hubin' },
            requestId: 'req-1',
          },
        ],
      }),
      error: ref(null),
      isPending: ref(false),
      isFetching: ref(false),
      isError: ref(false),
      refetch: vi.fn(),
    };
  },
}));
vi.mock('./api.ts', () => ({ exportAudit: api.exportAudit, searchPeople: vi.fn() }));

async function mountAt(url: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/audit', component: AuditPage }],
  });
  await router.push(url);
  const page = mount(AuditPage, {
    attachTo: document.body,
    global: { plugins: [router, [installDesignSystem, { messages }]] },
  });
  await flushPromises();
  return page;
}

describe('AuditPage', () => {
  it('asks the server for the page and filters in the URL, days as China-time instants', async () => {
    await mountAt('/audit?action=role.assign&actorPersonId=admin-id&from=2026-12-01&to=2026-12-01&page=2');
    expect(api.asked).toHaveBeenLastCalledWith({
      action: 'role.assign',
      entityType: null,
      entityId: null,
      actorPersonId: 'admin-id',
      from: new Date('2026-11-30T16:00:00.000Z'),
      to: new Date('2026-12-01T15:59:59.999Z'),
      page: 2,
      pageSize: 20,
    });
  });

  it('shows who did what to which object and what it changed', async () => {
    const page = await mountAt('/audit');
    const table = page.get('[data-testid="audit-list"]').text();
    expect(table).toContain('陈立新');
    expect(table).toContain('授予角色');
    expect(table).toContain('角色授权');
    expect(table).toContain('role: — → duty_manager');
  });

  it('exports the rows the filters keep, all pages', async () => {
    api.exportAudit.mockResolvedValue({ rows: 1, matched: 1 });
    const page = await mountAt('/audit?action=role.assign&page=3');
    await page
      .findAll('button')
      .find((b) => b.text() === '导出 Excel')!
      .trigger('click');
    await flushPromises();
    expect(api.exportAudit).toHaveBeenCalledWith({
      action: 'role.assign',
      entityType: null,
      entityId: null,
      actorPersonId: null,
      from: null,
      to: null,
    });
  });
});
