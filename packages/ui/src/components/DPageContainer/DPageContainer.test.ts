import { describe, expect, it } from 'vitest';
import { mountWithDesignSystem } from '../../test/mountWithDesignSystem.ts';
import DPageContainer from './DPageContainer.vue';

describe('DPageContainer', () => {
  it('renders the title as the page heading, the breadcrumb, description, actions and content', () => {
    const wrapper = mountWithDesignSystem(DPageContainer, {
      props: {
        title: '整改单',
        description: '跟踪问题整改到闭环',
        breadcrumb: [{ label: '服务检查', to: '/inspection' }, { label: '整改单' }],
      },
      slots: { actions: '<button>导出</button>', default: '<p class="content">列表</p>' },
    });
    expect(wrapper.find('h1').text()).toBe('整改单');
    expect(wrapper.findAll('.el-breadcrumb__inner').map((item) => item.text())).toEqual([
      '服务检查',
      '整改单',
    ]);
    expect(wrapper.find('.d-page-container__description').text()).toBe('跟踪问题整改到闭环');
    expect(wrapper.find('.d-page-container__actions button').text()).toBe('导出');
    expect(wrapper.find('.content').exists()).toBe(true);
  });

  it('leaves out the breadcrumb, description and actions when not given', () => {
    const wrapper = mountWithDesignSystem(DPageContainer, { props: { title: '首页' } });
    expect(wrapper.find('.el-breadcrumb').exists()).toBe(false);
    expect(wrapper.find('.d-page-container__description').exists()).toBe(false);
    expect(wrapper.find('.d-page-container__actions').exists()).toBe(false);
  });
});
