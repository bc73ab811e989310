import { ElPagination } from 'element-plus';
import { afterEach, describe, expect, it } from 'vitest';
import { h, nextTick } from 'vue';
import { useLocale } from '../../i18n/useLocale.ts';
import { mountWithDesignSystem } from '../../test/mountWithDesignSystem.ts';
import DAppProvider from './DAppProvider.vue';

describe('DAppProvider', () => {
  afterEach(() => useLocale().setLocale('zh-CN'));

  it("gives Element Plus's own texts the portal language, following switches", async () => {
    const wrapper = mountWithDesignSystem(DAppProvider, {
      slots: { default: () => h(ElPagination, { total: 45, layout: 'total' }) },
    });
    expect(wrapper.find('.el-pagination__total').text()).toBe('共 45 条');
    useLocale().setLocale('en');
    await nextTick();
    expect(wrapper.find('.el-pagination__total').text()).toBe('Total 45');
  });
});
