import { describe, expect, it } from 'vitest';
import { mountWithDesignSystem } from '../../test/mountWithDesignSystem.ts';
import LimitedInput from './LimitedInput.vue';

describe('LimitedInput', () => {
  it('counts up to the limit and passes what is typed on as text', async () => {
    const wrapper = mountWithDesignSystem(LimitedInput, {
      props: { limit: 10, modelValue: null },
      attrs: { class: 'in-row', placeholder: '整改措施' },
    });
    expect(wrapper.get('[data-testid="text-count"]').text()).toBe('0 / 10');
    expect(wrapper.classes()).toContain('in-row');
    await wrapper.get('input').setValue('已清理台面');
    expect(wrapper.emitted('update:modelValue')).toEqual([['已清理台面']]);
  });

  it('takes more than the limit without cutting it and says how much to remove', async () => {
    const wrapper = mountWithDesignSystem(LimitedInput, {
      props: { limit: 10, modelValue: '台面'.repeat(7) },
    });
    const input = wrapper.get('input').element as HTMLInputElement;
    expect(input.hasAttribute('maxlength')).toBe(false);
    expect(input.value).toBe('台面'.repeat(7));
    expect(wrapper.get('[data-testid="text-count"]').classes()).toContain('is-over');
    expect(wrapper.text()).toContain('14 / 10');
    expect(wrapper.get('[role="status"]').text()).toBe('超出 4 个字，请删减后再提交');
  });
});
