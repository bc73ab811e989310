import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { mountInRemote } from '../../test/mountInRemote.ts';
import PlanDecisionDialog from './PlanDecisionDialog.vue';

function mountDialog(decision: 'APPROVE' | 'REJECT') {
  return mountInRemote(PlanDecisionDialog, { props: { decision, loading: false, modelValue: true } });
}

const button = (text: string) =>
  [...document.querySelectorAll<HTMLButtonElement>('.el-dialog button')].find(
    (b) => b.textContent?.trim() === text,
  )!;
const comment = () => document.querySelector<HTMLTextAreaElement>('.el-dialog textarea')!;

describe('PlanDecisionDialog', () => {
  it('will not return a plan without a reason', async () => {
    const wrapper = mountDialog('REJECT');
    await flushPromises();
    button('退回').click();
    await flushPromises();
    // Element shows a field's error after a short debounce.
    await vi.waitFor(() =>
      expect(document.querySelector('.el-form-item__error')?.textContent).toContain(
        '退回计划时请填写退回原因',
      ),
    );
    expect(wrapper.emitted('confirm')).toBeUndefined();

    comment().value = '  请把检查提前到上旬  ';
    comment().dispatchEvent(new Event('input'));
    button('退回').click();
    await flushPromises();
    expect(wrapper.emitted('confirm')).toEqual([['请把检查提前到上旬']]);
  });

  it('approves with or without a remark', async () => {
    const wrapper = mountDialog('APPROVE');
    await flushPromises();
    button('审批通过').click();
    await flushPromises();
    expect(wrapper.emitted('confirm')).toEqual([['']]);
  });
});
