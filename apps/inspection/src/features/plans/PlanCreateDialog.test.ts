import { inspectionErrors, TEXT_LIMITS } from '@duda/contract-inspection';
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { mountInRemote } from '../../test/mountInRemote.ts';
import PlanCreateDialog from './PlanCreateDialog.vue';

const create = vi.hoisted(() => ({ mutateAsync: vi.fn() }));
const push = vi.hoisted(() => vi.fn());
vi.mock('./api.ts', () => ({
  useCreatePlan: () => ({ mutateAsync: create.mutateAsync, isPending: ref(false) }),
}));
// One district the user plans for: it is chosen already, so 创建 goes straight to the server.
const district = { id: 'd1', name: '上城区分公司', level: 'district', children: [] };
vi.mock('../../api/orgScope.ts', () => ({ useOrgScope: () => ({ nodes: ref([district]) }) }));
vi.mock('vue-router', () => ({ useRouter: () => ({ push }) }));

describe('PlanCreateDialog', () => {
  it("counts the title's characters up to the contract's limit, so nothing is cut unseen", async () => {
    mountInRemote(PlanCreateDialog, { props: { modelValue: true } });
    await flushPromises();
    const title = document.querySelector<HTMLInputElement>('.el-dialog input[maxlength]')!;
    expect(title.maxLength).toBe(TEXT_LIMITS.planTitle);
    title.value = '2026年12月南山区营业厅月度明查';
    title.dispatchEvent(new Event('input'));
    await flushPromises();
    expect(document.querySelector('.el-dialog .el-input__count')?.textContent?.trim()).toBe(
      `18 / ${TEXT_LIMITS.planTitle}`,
    );
  });

  it('offers to open the plan that already exists for the unit and month', async () => {
    const params = { scope: '上城区分公司', month: '2026-12', planId: 'plan-7' };
    create.mutateAsync.mockRejectedValueOnce(inspectionErrors.planExists(params));
    mountInRemote(PlanCreateDialog, { props: { modelValue: true } });
    await flushPromises();
    const buttons = () => [...document.querySelectorAll<HTMLButtonElement>('.el-dialog button')];
    buttons()
      .find((button) => button.textContent?.trim() === '创建')!
      .click();
    await flushPromises();
    const notice = document.querySelector('[data-testid="plan-exists"]');
    expect(notice?.textContent).toContain('上城区分公司2026-12 的检查计划已存在，请打开该计划修改。');
    buttons()
      .find((button) => button.textContent?.trim() === '打开该计划')!
      .click();
    await flushPromises();
    expect(push).toHaveBeenCalledWith({ name: 'inspection.plans.detail', params: { id: 'plan-7' } });
  });
});
