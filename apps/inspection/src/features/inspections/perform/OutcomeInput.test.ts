import type { ChecklistItem } from '@duda/contract-inspection';
import { describe, expect, it } from 'vitest';
import { mountInRemote } from '../../../test/mountInRemote.ts';
import OutcomeInput from './OutcomeInput.vue';

const base: ChecklistItem = {
  code: 'A01',
  title: '仪容仪表规范',
  guidance: '',
  weight: 3,
  scoringMode: 'PASS_FAIL',
  maxPoints: null,
  allowNotApplicable: false,
  veto: false,
  photoRequired: false,
  severity: 'MINOR',
};

function mountInput(item: Partial<ChecklistItem>, modelValue: unknown = null) {
  return mountInRemote(OutcomeInput, { props: { item: { ...base, ...item }, modelValue } as never });
}

const buttons = (wrapper: ReturnType<typeof mountInput>) =>
  wrapper.findAll('.el-radio-button').map((button) => button.text());

describe('OutcomeInput', () => {
  it('offers pass and fail, and 不适用 only where the standard allows it', async () => {
    expect(buttons(mountInput({}))).toEqual(['合格', '不合格']);
    const wrapper = mountInput({ allowNotApplicable: true });
    expect(buttons(wrapper)).toEqual(['合格', '不合格', '不适用']);
    await wrapper.findAll('.el-radio-button input')[1]!.setValue(true);
    expect(wrapper.emitted('update:modelValue')).toEqual([['FAIL']]);
  });

  it('offers each point of a short scale as a button', async () => {
    const wrapper = mountInput({ scoringMode: 'POINTS', maxPoints: 5 }, 5);
    expect(buttons(wrapper)).toEqual(['0', '1', '2', '3', '4', '5']);
    expect(wrapper.find('.el-radio-button.is-active').text()).toBe('5');
    await wrapper.findAll('.el-radio-button input')[3]!.setValue(true);
    expect(wrapper.emitted('update:modelValue')).toEqual([[3]]);
  });

  it('takes a number for a long scale, and 不适用 clears it', async () => {
    const wrapper = mountInput({ scoringMode: 'POINTS', maxPoints: 20, allowNotApplicable: true }, 12);
    expect(wrapper.findAll('.el-radio-button')).toHaveLength(0);
    expect(wrapper.find('input[aria-label="得分"]').element).toHaveProperty('value', '12');
    await wrapper.find('.el-checkbox input').setValue(true);
    expect(wrapper.emitted('update:modelValue')).toEqual([['NA']]);
  });
});
