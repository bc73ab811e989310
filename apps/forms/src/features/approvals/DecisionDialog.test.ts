// 退回 offers the steps of earlier stages (the previous one chosen) and the submitter, and sends the step chosen;
// a refusal of the service shows at the comment, in words.
import { registerErrorCatalogs } from '@duda/api-client';
import { formsCatalogs } from '@duda/contract-forms';
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { mountInRemote } from '../../test/mountInRemote.ts';
import type { ActInput } from './api.ts';
import DecisionDialog, { type Decision } from './DecisionDialog.vue';
import { click, errorsShown, type } from './testing.ts';

registerErrorCatalogs(...formsCatalogs);
const taskId = '5e0a1b2c-3d4e-4f60-8a7b-9c0d1e2f3a4b';
const steps = [
  { key: 'duty', name: '值班经理审核', stageIndex: 0 },
  { key: 'hall', name: '店面经理审批', stageIndex: 1 },
  { key: 'district', name: '区县督导审批', stageIndex: 2 },
  { key: 'city', name: '市公司督导备案', stageIndex: 3 },
];

async function mountDialog(action: Decision, send: (input: ActInput) => Promise<unknown>) {
  const wrapper = mountInRemote(DecisionDialog, {
    props: {
      modelValue: action,
      'onUpdate:modelValue': (next: Decision | null) => wrapper.setProps({ modelValue: next }),
      taskId,
      steps,
      stageIndex: 2,
      send,
    },
  });
  await flushPromises();
  return wrapper;
}
const stepOptions = () =>
  [...document.querySelectorAll('.el-select-dropdown__item')].map((item) => item.textContent?.trim());

describe('DecisionDialog', { timeout: 60_000 }, () => {
  it('returns to an earlier step: only earlier ones are offered, the previous one first and chosen', async () => {
    const send = vi.fn().mockResolvedValue({});
    const wrapper = await mountDialog('RETURN', send);
    document.querySelector<HTMLElement>('[data-testid="approval-return-to"] .el-select__wrapper')!.click();
    await flushPromises();
    expect(stepOptions()).toEqual(['店面经理审批', '值班经理审核', '提交人（修改后重新提交）']);
    expect(document.querySelector('.el-select-dropdown__item.is-selected')?.textContent?.trim()).toBe(
      '店面经理审批',
    );

    [...document.querySelectorAll<HTMLElement>('.el-select-dropdown__item')][1]!.click();
    await type('approval-comment', '排班表缺值班经理签字');
    await click('approval-confirm');
    expect(send).toHaveBeenCalledWith({
      action: 'RETURN',
      taskId,
      comment: '排班表缺值班经理签字',
      toStepKey: 'duty',
    });
    expect(wrapper.emitted('done')).toEqual([['RETURN']]);
  });

  it('returns to the submitter without naming a step', async () => {
    const send = vi.fn().mockResolvedValue({});
    await mountDialog('RETURN', send);
    document.querySelector<HTMLElement>('[data-testid="approval-return-to"] .el-select__wrapper')!.click();
    await flushPromises();
    [...document.querySelectorAll<HTMLElement>('.el-select-dropdown__item')].at(-1)!.click();
    await type('approval-comment', '请补充病假证明');
    await click('approval-confirm');
    expect(send).toHaveBeenCalledWith({ action: 'RETURN', taskId, comment: '请补充病假证明' });
  });

  it("approves without a comment and shows the service's refusal in words", async () => {
    const decided = Object.assign(new Error('task not pending'), {
      name: 'TRPCClientError',
      data: {
        code: 'CONFLICT',
        httpStatus: 409,
        error: { code: 'forms.approvals.taskNotPending', params: {} },
      },
    });
    const send = vi.fn().mockRejectedValue(decided);
    const wrapper = await mountDialog('APPROVE', send);
    expect(document.querySelector('[data-testid="approval-return-to"]')).toBeNull();
    await click('approval-confirm');
    expect(send).toHaveBeenCalledWith({ action: 'APPROVE', taskId });
    expect(await errorsShown()).toEqual(['该审批任务已被处理（可能已由他人审批），请刷新']);
    expect(wrapper.props('modelValue')).toBe('APPROVE');
  });
});
