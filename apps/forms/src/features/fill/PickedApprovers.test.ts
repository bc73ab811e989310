// The fill page's approver picker (自选审批人): it offers whom the service says the step may pick — shown by name,
// role and unit — and the one picked goes into the submission with their name.
import { flushPromises } from '@vue/test-utils';
import { describe, expect, it, vi } from 'vitest';
import { mountInRemote } from '../../test/mountInRemote.ts';
import PickedApprovers from './PickedApprovers.vue';
import { pickableApprovers, type AskPickable } from './pickableApprovers.ts';

const onLine = [
  { personId: 'p-sc', name: '刘海涛', roles: ['district_supervisor'], orgName: '上城区分公司' },
  { personId: 'p-city', name: '周敏', roles: ['city_supervisor'], orgName: '杭州分公司' },
];
const labels: Record<string, string> = { district_supervisor: '区县督导', city_supervisor: '市公司督导' };

const optionTexts = () =>
  [...document.querySelectorAll('.el-select-dropdown__item')].map((item) => item.textContent?.trim());

describe('picking an approver on the fill page', () => {
  it('offers the people the service names for the step and keeps the one picked, with their name', async () => {
    const ask = vi.fn<AskPickable>().mockResolvedValue(onLine);
    const pickable = pickableApprovers(ask, (role) => labels[role] ?? '');
    const wrapper = mountInRemote(PickedApprovers, {
      props: {
        steps: [{ key: 'pick', name: '自选审批' }],
        searchFor: pickable.searchFor,
        modelValue: {},
        'onUpdate:modelValue': (value: Record<string, string | null>) =>
          wrapper.setProps({ modelValue: value }),
      },
    });
    expect(wrapper.text()).toContain('自选审批审批人');

    await wrapper.find('[data-testid="pick-pick"] .el-select__wrapper').trigger('click');
    await wrapper.find('[data-testid="pick-pick"] input').setValue('周');
    await vi.waitFor(() => expect(ask).toHaveBeenCalledWith('pick', '周'));
    await flushPromises();
    expect(optionTexts()).toEqual(['刘海涛（区县督导）上城区分公司', '周敏（市公司督导）杭州分公司']);

    [...document.querySelectorAll<HTMLElement>('.el-select-dropdown__item')][1]!.click();
    await flushPromises();
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([{ pick: 'p-city' }]);
    expect(pickable.nameOf('p-city')).toBe('周敏');
  });
});
