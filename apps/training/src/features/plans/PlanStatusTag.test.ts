import { installDesignSystem, useLocale } from '@duda/ui';
import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { messages } from '../../i18n/index.ts';
import PlanStatusTag from './PlanStatusTag.vue';

afterEach(() => useLocale().setLocale('zh-CN'));

describe('PlanStatusTag', () => {
  it("words a plan's status with the contract's term in either language", () => {
    const tag = () =>
      mount(PlanStatusTag, {
        props: { status: 'PUBLISHED' },
        global: { plugins: [[installDesignSystem, { messages }]] },
      });
    expect(tag().text()).toBe('已发布');
    useLocale().setLocale('en');
    expect(tag().text()).toBe('Published');
  });
});
