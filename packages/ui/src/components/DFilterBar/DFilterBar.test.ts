import { ElFormItem, ElInput } from 'element-plus';
import { afterEach, describe, expect, it } from 'vitest';
import { defineComponent, h, reactive } from 'vue';
import { mountWithDesignSystem } from '../../test/mountWithDesignSystem.ts';
import { setViewport } from '../../test/setViewport.ts';
import DFilterBar from './DFilterBar.vue';

function mountFilterBar() {
  const model = reactive({ hallName: '' });
  const Host = defineComponent({
    setup: () => () =>
      h(DFilterBar, { model }, () =>
        h(ElFormItem, { label: '营业厅', prop: 'hallName' }, () =>
          h(ElInput, {
            modelValue: model.hallName,
            'onUpdate:modelValue': (v: string) => (model.hallName = v),
          }),
        ),
      ),
  });
  const wrapper = mountWithDesignSystem(Host);
  const filterBar = wrapper.findComponent(DFilterBar);
  const button = (label: string) => wrapper.findAll('button').find((b) => b.text() === label)!;
  return { wrapper, filterBar, model, button };
}

describe('DFilterBar', () => {
  it('emits search when 查询 is clicked', async () => {
    const { filterBar, button } = mountFilterBar();
    await button('查询').trigger('click');
    expect(filterBar.emitted('search')).toHaveLength(1);
  });

  it('emits search on Enter in a field, but not while an input method is composing', async () => {
    const { wrapper, filterBar } = mountFilterBar();
    const input = wrapper.find('input');
    await input.trigger('keydown', { key: 'Enter', isComposing: true });
    expect(filterBar.emitted('search')).toBeUndefined();
    await input.trigger('keydown', { key: 'Enter' });
    expect(filterBar.emitted('search')).toHaveLength(1);
  });

  it('restores the fields to their initial values and emits reset', async () => {
    const { wrapper, filterBar, model, button } = mountFilterBar();
    await wrapper.find('input').setValue('五一广场营业厅');
    expect(model.hallName).toBe('五一广场营业厅');
    await button('重置').trigger('click');
    expect(model.hallName).toBe('');
    expect(filterBar.emitted('reset')).toHaveLength(1);
    expect(filterBar.emitted('search')).toBeUndefined();
  });

  describe('on a phone', () => {
    afterEach(() => setViewport(1024, 768));

    it('keeps the fields folded behind a 筛选条件 toggle', async () => {
      setViewport(375, 812);
      const { wrapper, button } = mountFilterBar();
      const form = wrapper.find('form');
      const toggle = button('筛选条件');
      expect(form.isVisible()).toBe(false);
      expect(toggle.attributes('aria-expanded')).toBe('false');
      expect(toggle.attributes('aria-controls')).toBe(form.attributes('id'));

      await toggle.trigger('click');
      expect(form.isVisible()).toBe(true);
      expect(toggle.attributes('aria-expanded')).toBe('true');
    });
  });
});
