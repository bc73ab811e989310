import { installDesignSystem } from '@duda/ui';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { messages } from '../../i18n/index.ts';
import type { Conversation } from './api.ts';
import ConversationsPage from './ConversationsPage.vue';

enableAutoUnmount(afterEach);

const { complete, tasks } = vi.hoisted(() => ({ complete: vi.fn(), tasks: { value: [] as unknown[] } }));
vi.mock('./api.ts', () => ({
  useConversations: () => ({
    data: ref(tasks.value),
    isError: ref(false),
    isPending: ref(false),
    isFetching: ref(false),
  }),
  useCompleteConversation: () => ({ mutateAsync: complete, isPending: ref(false) }),
}));

const task: Conversation = {
  id: 'task-1',
  examId: 'exam-1',
  examTitle: '11月全市月考',
  month: '2026-11',
  personId: 'p-1',
  personName: '赵雪',
  staffNo: 'HZ10103',
  hallId: 'hall-1',
  hallName: '湖滨营业厅',
  managerName: '李娜',
  score: 25,
  cityMean: 55,
  status: 'OPEN',
  notes: '',
  doneAt: null,
  canRecord: true,
};

function mountPage() {
  return mount(ConversationsPage, {
    attachTo: document.body,
    global: { plugins: [[installDesignSystem, { messages }]] },
  });
}

describe('ConversationsPage', () => {
  beforeEach(() => {
    complete.mockReset().mockResolvedValue({ id: 'task-1', status: 'DONE' });
    tasks.value = [task];
  });

  it('shows each person with the reason: their score against the city mean', () => {
    const page = mountPage();
    expect(page.text()).toContain('赵雪 · HZ10103');
    expect(page.text()).toContain('11月全市月考：得分率 25.0%，全市平均 55.0%');
    expect(page.text()).toContain('谈话人：李娜');
  });

  it('asks for the notes, then records the talk with them trimmed', async () => {
    const page = mountPage();
    await page
      .findAll('button')
      .find((b) => b.text() === '记录谈话')!
      .trigger('click');
    await flushPromises();
    const dialog = document.body.querySelector('.el-dialog')!;
    (dialog.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    // Element Plus shows a form item's error after a short debounce.
    await vi.waitFor(() => expect(dialog.textContent).toContain('请填写谈话记录'));
    expect(complete).not.toHaveBeenCalled();
    const textarea = dialog.querySelector('textarea')!;
    textarea.value = '  宽带资费不熟，安排晨会复习  ';
    textarea.dispatchEvent(new Event('input'));
    (dialog.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    await flushPromises();
    expect(complete).toHaveBeenCalledWith({ id: 'task-1', notes: '宽带资费不熟，安排晨会复习' });
  });

  it('says what to expect when there is nothing to do', () => {
    tasks.value = [];
    expect(mountPage().text()).toContain('培训管理员安排补考后，低于全市平均的员工会出现在这里。');
  });
});
