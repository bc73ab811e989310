import { flushPromises } from '@vue/test-utils';
import { describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { mountWithDesignSystem } from '../../test/mountWithDesignSystem.ts';
import DTimeline from './DTimeline.vue';
import type { TimelineEntry } from './types.ts';

const history: TimelineEntry[] = [
  { at: '2025-03-03 09:00', actor: '王芳', action: '提交计划', status: 'submitted' },
  {
    at: new Date(2025, 2, 4, 15, 30),
    actor: '李主任',
    action: '驳回',
    status: 'rejected',
    comment: '抽检营业厅数量不足',
  },
  { at: '2025-03-05 10:15', actor: '王芳', action: '重新提交' },
];

const actions = (wrapper: ReturnType<typeof mountWithDesignSystem>) =>
  wrapper.findAll('.d-timeline__action').map((span) => span.text());

describe('DTimeline', () => {
  it('lists the newest step first by default, whatever the input order', () => {
    const wrapper = mountWithDesignSystem(DTimeline, { props: { items: history } });
    expect(actions(wrapper)).toEqual(['重新提交', '驳回', '提交计划']);
  });

  it('lists oldest first when asked', () => {
    const wrapper = mountWithDesignSystem(DTimeline, { props: { items: history, newestFirst: false } });
    expect(actions(wrapper)).toEqual(['提交计划', '驳回', '重新提交']);
  });

  it('shows the formatted time, actor, status and comment of a step', () => {
    const wrapper = mountWithDesignSystem(DTimeline, { props: { items: history } });
    const rejection = wrapper.findAll('.el-timeline-item')[1]!;
    expect(rejection.find('time').text()).toBe('2025-03-04 15:30');
    expect(new Date(rejection.find('time').attributes('datetime')!)).toEqual(new Date(2025, 2, 4, 15, 30));
    expect(rejection.find('strong').text()).toBe('李主任');
    expect(rejection.find('.d-status-tag').text()).toBe('已驳回');
    expect(rejection.find('.d-timeline__comment').text()).toBe('抽检营业厅数量不足');
  });

  it('links the record a step wrote, in the portal', async () => {
    const router = createRouter({
      history: createMemoryHistory(),
      routes: [{ path: '/:any(.*)', component: { template: '<div />' } }],
    });
    const wrapper = mountWithDesignSystem(DTimeline, {
      props: {
        items: [
          {
            at: '2025-03-06 10:00',
            actor: '李娜',
            action: '记录面谈',
            link: { label: '面谈记录 表9', to: '/forms/submissions/s-1' },
          },
        ],
      },
      global: { plugins: [router] },
    });
    await flushPromises();
    const link = wrapper.find('a.d-timeline__link');
    expect([link.text(), link.attributes('href')]).toEqual(['面谈记录 表9', '/forms/submissions/s-1']);
  });

  it('says there is no history yet when empty', () => {
    const wrapper = mountWithDesignSystem(DTimeline, { props: { items: [] } });
    expect(wrapper.text()).toContain('暂无记录');
  });
});
