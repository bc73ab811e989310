import { describe, expect, it } from 'vitest';
import { mountWithDesignSystem } from '../../test/mountWithDesignSystem.ts';
import DEmptyState from './DEmptyState.vue';

describe('DEmptyState', () => {
  it('defaults to 暂无数据 with no action', () => {
    const wrapper = mountWithDesignSystem(DEmptyState);
    expect(wrapper.find('.d-empty-state__title').text()).toBe('暂无数据');
    expect(wrapper.find('button').exists()).toBe(false);
  });

  it('tells the user what to do next and emits action from its button', async () => {
    const wrapper = mountWithDesignSystem(DEmptyState, {
      props: {
        title: '本月还没有检查计划',
        description: '先新建本月检查计划，再下发检查单',
        actionText: '新建计划',
      },
    });
    expect(wrapper.text()).toContain('先新建本月检查计划，再下发检查单');
    await wrapper.find('button').trigger('click');
    expect(wrapper.emitted('action')).toHaveLength(1);
  });
});
