import { mount } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { defineComponent } from 'vue';
import { platformComponents } from './element-plus/components.ts';
import { i18n } from './i18n/i18n.ts';
import { installDesignSystem } from './install.ts';

// A page as a remote writes it: Element Plus tags and v-loading with no imports, and $t from the shared instance.
const RemotePage = defineComponent({
  data: () => ({ loading: true }),
  template: `
    <el-card v-loading="loading">
      <el-button type="primary">{{ $t('inspection.create') }}</el-button>
      <el-tag>{{ $t('duda.status.overdue') }}</el-tag>
    </el-card>`,
});

describe('installDesignSystem', () => {
  it('registers the platform components, v-loading and the shared i18n with the app messages', () => {
    const wrapper = mount(RemotePage, {
      global: {
        plugins: [[installDesignSystem, { messages: { 'zh-CN': { inspection: { create: '新建检查' } } } }]],
      },
    });
    expect(wrapper.find('.el-card .el-button').text()).toBe('新建检查');
    expect(wrapper.find('.el-tag').text()).toBe('已超期');
    expect(wrapper.find('.el-loading-mask').exists()).toBe(true);
    expect(i18n.global.t('inspection.create')).toBe('新建检查');
  });

  it('registers every platform component under its Element Plus name, sub-components included', () => {
    const wrapper = mount(RemotePage, { global: { plugins: [[installDesignSystem]] } });
    const registered = Object.keys(wrapper.vm.$.appContext.components);
    const names = platformComponents.map((component) => (component as { name?: string }).name);
    expect(names).toContain('ElFormItem');
    expect(registered).toEqual(expect.arrayContaining(names));
  });

  it('sets the document language for screen readers and spell checkers', () => {
    mount(RemotePage, { global: { plugins: [[installDesignSystem]] } });
    expect(document.documentElement.lang).toBe('zh-CN');
  });
});
