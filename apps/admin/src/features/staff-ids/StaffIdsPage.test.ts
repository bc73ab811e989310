import { installDesignSystem } from '@duda/ui';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { messages } from '../../i18n/index.ts';
import StaffIdsPage from './StaffIdsPage.vue';

enableAutoUnmount(afterEach);

const api = vi.hoisted(() => ({ asked: vi.fn(), suspend: vi.fn(), restore: vi.fn(), revoke: vi.fn() }));
vi.mock('../shared/api.ts', () => ({ useOrgTree: () => ({ data: ref([]), isPending: ref(false) }) }));
vi.mock('./api.ts', () => {
  const row = (id: string, loginId: string, status: string, extra: Record<string, unknown> = {}) => ({
    id,
    system: 'CRM',
    loginId,
    personId: `p-${id}`,
    personName: '王芳',
    staffNo: 'HZ13101',
    orgNodeId: 'hubin',
    orgName: '湖滨营业厅',
    status,
    issuedAt: new Date('2026-11-02T02:00:00Z'),
    suspendedAt: null,
    revokedAt: null,
    reason: null,
    ...extra,
  });
  const mutation = (call: (input: unknown) => unknown) => () => ({
    mutateAsync: call,
    isPending: ref(false),
  });
  return {
    useStaffIdsQuery: (input: () => unknown) => {
      api.asked(typeof input === 'function' ? input() : (input as { value: unknown }).value);
      return {
        data: ref({
          total: 2,
          items: [
            row('1', 'crm.hb.0001', 'issued'),
            row('2', 'crm.hb.0002', 'suspended', {
              suspendedAt: new Date('2026-11-30T02:00:00Z'),
              reason: '休产假',
            }),
          ],
        }),
        error: ref(null),
        isPending: ref(false),
        isFetching: ref(false),
        isError: ref(false),
        refetch: vi.fn(),
      };
    },
    useSuspendStaffId: mutation(api.suspend),
    useRestoreStaffId: mutation(api.restore),
    useRevokeStaffId: mutation(api.revoke),
    useIssueStaffId: mutation(vi.fn()),
    searchPeople: vi.fn(),
  };
});

async function mountAt(url: string) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/staff-ids', component: StaffIdsPage }],
  });
  await router.push(url);
  const page = mount(StaffIdsPage, {
    attachTo: document.body,
    global: { plugins: [router, [installDesignSystem, { messages }]] },
  });
  await flushPromises();
  return page;
}

const rowOf = (loginId: string) =>
  [...document.querySelectorAll<HTMLElement>('.el-table__row')].find((r) =>
    r.textContent?.includes(loginId),
  )!;

describe('StaffIdsPage', () => {
  it('asks the server for the filters in the URL and shows each ID with its holder, status and date', async () => {
    await mountAt('/staff-ids?status=suspended&q=CRM');
    expect(api.asked).toHaveBeenLastCalledWith(
      expect.objectContaining({ status: 'suspended', q: 'CRM', page: 1 }),
    );
    const suspended = rowOf('crm.hb.0002');
    expect(suspended.textContent).toContain('王芳（HZ13101）');
    expect(suspended.textContent).toContain('已暂停');
    expect(suspended.textContent).toContain('暂停 2026-11-30');
    expect(suspended.textContent).toContain('休产假');
  });

  it('offers suspend only for an issued ID and restore only for a suspended one', async () => {
    await mountAt('/staff-ids');
    const issued = rowOf('crm.hb.0001');
    expect(issued.querySelector('[data-testid="staff-id-suspend"]')).not.toBeNull();
    expect(issued.querySelector('[data-testid="staff-id-restore"]')).toBeNull();
    const suspended = rowOf('crm.hb.0002');
    expect(suspended.querySelector('[data-testid="staff-id-suspend"]')).toBeNull();
    expect(suspended.querySelector('[data-testid="staff-id-restore"]')).not.toBeNull();
  });

  it('suspends with a reason, and asks for one when none is written', async () => {
    await mountAt('/staff-ids');
    rowOf('crm.hb.0001').querySelector<HTMLElement>('[data-testid="staff-id-suspend"]')!.click();
    await flushPromises();
    const submit = document.querySelector<HTMLElement>('[data-testid="staff-id-reason-submit"]')!;
    submit.click();
    await flushPromises();
    expect(api.suspend).not.toHaveBeenCalled();
    expect(document.body.textContent).toContain('请填写原因');
    const input = document.querySelector<HTMLInputElement>('[data-testid="staff-id-reason"] input')!;
    input.value = '调岗培训';
    input.dispatchEvent(new Event('input'));
    await flushPromises();
    submit.click();
    await flushPromises();
    expect(api.suspend).toHaveBeenCalledWith({ id: '1', reason: '调岗培训' });
  });
});
