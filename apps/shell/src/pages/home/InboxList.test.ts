import { installDesignSystem, useLocale } from '@duda/ui';
import { mount } from '@vue/test-utils';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryHistory, createRouter } from 'vue-router';
import { messages } from '../../i18n/index.ts';
import InboxList from './InboxList.vue';
import type { InboxRow } from './inboxRows.ts';

afterEach(() => useLocale().setLocale('zh-CN'));

const exam: InboxRow = {
  id: 'training.exam.take.e1',
  kind: { 'zh-CN': '参加考试', en: 'Take an exam' },
  title: '11 月全市月考',
  orgName: '杭州分公司',
  dueAt: new Date(2026, 10, 23, 18, 0),
  status: 'today',
  to: '/training/take/e1',
};
const order: InboxRow = {
  id: 'inspection.rectification.respond.o1',
  kind: { 'zh-CN': '整改回复', en: 'Answer a rectification order' },
  title: '台席整洁',
  orgName: '湖滨营业厅',
  dueAt: new Date(2026, 10, 20, 18, 0),
  status: 'overdue',
  to: '/inspection/rectifications?order=o1',
};

function list(props: {
  rows: InboxRow[];
  total: number;
  overdue: number;
  unavailable: string[];
  canShowAll?: boolean;
}) {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [{ path: '/:any(.*)*', component: {} }],
  });
  return mount(InboxList, {
    props,
    global: { plugins: [[installDesignSystem, { messages }], router] },
  });
}

describe('the to-do list on the home page', () => {
  it('lists each to-do with its status, kind, deadline and a link to its page, in either language', async () => {
    const view = list({ rows: [order, exam], total: 2, overdue: 1, unavailable: [] });
    const items = view.findAll('.inbox__item');
    expect(items.map((item) => item.find('.d-status-tag').text())).toEqual(['已逾期', '今天截止']);
    expect(items[0]!.text()).toContain('整改回复');
    expect(items[0]!.text()).toContain('湖滨营业厅 · 11-20 18:00 截止');
    expect(items.map((item) => item.find('a').attributes('href'))).toEqual([
      '/inspection/rectifications?order=o1',
      '/training/take/e1',
    ]);
    expect(view.text()).toContain('共 2 项 · 其中 1 项已逾期');
    useLocale().setLocale('en');
    await view.vm.$nextTick();
    expect(view.find('.inbox__item').text()).toContain('Answer a rectification order');
    expect(view.text()).toContain('Overdue');
    expect(view.text()).toContain('Due 11-20 18:00');
  });

  it('says how many more wait than are listed, and which areas could not be asked', () => {
    const view = list({ rows: [exam], total: 31, overdue: 0, unavailable: ['服务检查'] });
    expect(view.text()).toContain('另有 30 项未列出');
    expect(view.text()).toContain('服务检查的待办暂时无法获取');
    expect(view.text()).not.toContain('眼下没有等待您处理的事项');
  });

  it('offers to list the ones not listed while the inbox may answer more', async () => {
    const view = list({ rows: [exam], total: 31, overdue: 0, unavailable: [], canShowAll: true });
    await view.find('.inbox__more button').trigger('click');
    expect(view.emitted('showAll')).toHaveLength(1);
    const all = list({ rows: [exam], total: 131, overdue: 0, unavailable: [], canShowAll: false });
    expect(all.text()).toContain('另有 130 项未列出');
    expect(all.find('.inbox__more button').exists()).toBe(false);
  });

  it('says nothing is waiting, and where to look instead, when the list is empty', () => {
    const view = list({ rows: [], total: 0, overdue: 0, unavailable: [] });
    expect(view.text()).toContain('眼下没有等待您处理的事项');
    expect(view.text()).toContain('可以到下方的功能模块看看');
  });
});
