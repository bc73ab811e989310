import { describe, expect, it } from 'vitest';
import { mountWithDesignSystem } from '../../test/mountWithDesignSystem.ts';
import DErrorState from './DErrorState.vue';

describe('DErrorState', () => {
  it('announces the failure and emits retry from 重试', async () => {
    const wrapper = mountWithDesignSystem(DErrorState, { props: { message: '检查记录加载失败' } });
    expect(wrapper.find('[role="alert"]').text()).toContain('检查记录加载失败');
    await wrapper.find('button').trigger('click');
    expect(wrapper.find('button').text()).toBe('重试');
    expect(wrapper.emitted('retry')).toHaveLength(1);
  });
});
