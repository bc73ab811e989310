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

  it('offers no 重试 where asking again cannot help, and says whom to ask for a permission', () => {
    const denied = Object.assign(new Error('您没有权限执行此操作'), {
      name: 'TRPCClientError',
      data: { code: 'FORBIDDEN', httpStatus: 403, error: { code: 'common.forbidden', params: {} } },
    });
    const wrapper = mountWithDesignSystem(DErrorState, { props: { error: denied } });
    expect(wrapper.find('button').exists()).toBe(false);
    expect(wrapper.text()).toContain('没有权限');
    expect(wrapper.text()).toContain('您没有权限执行此操作');
    expect(wrapper.text()).toContain('请联系您的上级或系统管理员');
  });

  it('still offers 重试 when the server or the network failed', async () => {
    const down = Object.assign(new Error('x'), { name: 'TRPCClientError', data: { httpStatus: 503 } });
    const wrapper = mountWithDesignSystem(DErrorState, { props: { error: down } });
    await wrapper.find('button').trigger('click');
    expect(wrapper.emitted('retry')).toHaveLength(1);
  });
});
