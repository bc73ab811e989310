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

async function typeTitle(title: string) {
  const input = document.querySelector<HTMLInputElement>('.el-dialog .limited-input input')!;
  input.value = title;
  input.dispatchEvent(new Event('input'));
  await flushPromises();
  return input;
}

const count = () => document.querySelector('.el-dialog [data-testid="text-count"]')?.textContent?.trim();

describe('PlanCreateDialog', () => {
  it("counts the title's characters up to the contract's limit, so nothing is cut unseen", async () => {
    mountInRemote(PlanCreateDialog, { props: { modelValue: true } });
    await flushPromises();
    await typeTitle('2026年12月南山区营业厅月度明查');
    expect(count()).toBe(`18 / ${TEXT_LIMITS.planTitle}`);
  });

  it('keeps a title longer than the limit whole and says how much to remove (the service refuses it)', async () => {
    mountInRemote(PlanCreateDialog, { props: { modelValue: true } });
    await flushPromises();
    const long = '计'.repeat(TEXT_LIMITS.planTitle + 40);
    const input = await typeTitle(long);
    expect(input.hasAttribute('maxlength')).toBe(false);
    expect(input.value).toBe(long);
    expect(count()).toBe(`${TEXT_LIMITS.planTitle + 40} / ${TEXT_LIMITS.planTitle}`);
    expect(document.querySelector('.el-dialog')?.textContent).toContain('超出 40 个字，请删减后再提交');
  });

  it('says under the month which months may be planned (the picker offers only those)', async () => {
    mountInRemote(PlanCreateDialog, { props: { modelValue: true } });
    await flushPromises();
    expect(document.querySelector('.el-dialog .plan-create__hint')?.textContent).toBe(
      '检查计划可为本月或下月制定；已经过去的月份和更远的月份不能选。',
    );
  });
});
