import { TEXT_LIMITS } from '@duda/contract-inspection';
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { mountInRemote } from '../../test/mountInRemote.ts';
import PlanCreateDialog from './PlanCreateDialog.vue';

vi.mock('./api.ts', () => ({
  useCreatePlan: () => ({ mutateAsync: vi.fn(), isPending: ref(false) }),
}));
vi.mock('../../api/orgScope.ts', () => ({ useOrgScope: () => ({ nodes: ref([]) }) }));
vi.mock('vue-router', () => ({ useRouter: () => ({ push: vi.fn() }) }));

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
});
