import { installDesignSystem } from '@duda/ui';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { messages } from '../../i18n/index.ts';
import type { AttemptView } from './api.ts';
import TakePage from './TakePage.vue';

enableAutoUnmount(afterEach);

const api = vi.hoisted(() => ({ start: vi.fn(), save: vi.fn(), submit: vi.fn(), focus: vi.fn() }));
vi.mock('./api.ts', () => ({
  useStartAttempt: () => ({ mutateAsync: api.start }),
  useSaveAnswer: () => ({ mutateAsync: api.save }),
  useSubmitAttempt: () => ({ mutateAsync: api.submit, isPending: ref(false) }),
  useReportFocusLoss: () => ({ mutate: api.focus }),
}));

const SERVER_NOW = new Date('2026-12-10T02:00:00Z');

function view(answers: AttemptView['answers'] = []): AttemptView {
  return {
    serverNow: SERVER_NOW,
    attempt: {
      id: 'attempt-1',
      examId: 'exam-1',
      examTitle: '上城区 12 月业务笔试',
      attemptNo: 1,
      status: 'IN_PROGRESS',
      startedAt: SERVER_NOW,
      deadlineAt: new Date(SERVER_NOW.getTime() + 30 * 60_000),
      submitUntil: new Date(SERVER_NOW.getTime() + 30 * 60_000),
      submittedAt: null,
      overdueHandling: 'AUTOSUBMIT',
      focusLosses: 0,
    },
    questions: [
      {
        slot: 1,
        type: 'SINGLE_CHOICE',
        points: 2,
        stem: '携号转网首先核验什么？',
        body: {
          type: 'SINGLE_CHOICE',
          options: [
            { id: 'B', text: '账单' },
            { id: 'A', text: '身份证件' },
          ],
        },
      },
      {
        slot: 2,
        type: 'TRUE_FALSE',
        points: 1,
        stem: '营业员可以替客户设置密码。',
        body: { type: 'TRUE_FALSE' },
      },
    ],
    answers,
  } as AttemptView;
}

async function mountPage() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/take/:examId', name: 'training.take', component: TakePage, props: true },
      { path: '/results/:attemptId', name: 'training.attempts.result', component: { template: '<div />' } },
      { path: '/results', name: 'training.myResults', component: { template: '<div />' } },
    ],
  });
  await router.push('/take/exam-1');
  const page = mount(TakePage, {
    props: { examId: 'exam-1' },
    attachTo: document.body,
    global: { plugins: [[installDesignSystem, { messages }], router] },
  });
  await flushPromises();
  return page;
}

describe('TakePage', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    // The phone's clock is five minutes behind the server's: the countdown must not care.
    vi.setSystemTime(new Date(SERVER_NOW.getTime() - 5 * 60_000));
    localStorage.clear();
    api.start.mockReset().mockResolvedValue(view());
    api.save.mockReset().mockImplementation(async () => ({ saved: true, serverNow: SERVER_NOW }));
    api.submit.mockReset();
    api.focus.mockReset();
  });
  afterEach(() => vi.useRealTimers());

  it('shows one question with its options in the drawn order, and the countdown on the server’s clock', async () => {
    const page = await mountPage();
    expect(api.start).toHaveBeenCalledWith({ examId: 'exam-1', deviceId: expect.any(String) });
    expect(page.get('[data-testid="take-question"]').text()).toContain('携号转网首先核验什么？');
    expect(page.get('[data-testid="take-question"]').text()).toMatch(/A\. 账单[\s\S]*B\. 身份证件/);
    expect(page.get('[data-testid="take-countdown"]').text()).toContain('30:00');
  });

  it('saves an answer after a pause with its sequence number, keeps it in the browser, and says so', async () => {
    const page = await mountPage();
    await page.findAll('input[type="radio"]')[1]!.setValue(true);
    expect(JSON.parse(localStorage.getItem('duda.training.answers.attempt-1')!)).toEqual({
      1: { seq: 1, response: { type: 'SINGLE_CHOICE', choice: 'A' } },
    });
    expect(page.get('[data-testid="take-save-status"]').text()).toBe('保存中…');
    await vi.advanceTimersByTimeAsync(800);
    expect(api.save).toHaveBeenCalledWith({
      attemptId: 'attempt-1',
      deviceId: expect.any(String),
      slot: 1,
      seq: 1,
      response: { type: 'SINGLE_CHOICE', choice: 'A' },
    });
    expect(page.get('[data-testid="take-save-status"]').text()).toBe('已保存');
  });

  it('says offline when saving fails, and restores and resends the answer after a reload', async () => {
    api.save.mockRejectedValue(new TypeError('Failed to fetch'));
    const page = await mountPage();
    await page.get('[data-testid="take-nav-2"]').trigger('click');
    await page.findAll('input[type="radio"]')[1]!.setValue(true);
    await vi.advanceTimersByTimeAsync(800);
    expect(page.get('[data-testid="take-save-status"]').text()).toBe('离线（答案已保存在本机）');
    page.unmount();

    api.save.mockReset().mockResolvedValue({ saved: true, serverNow: SERVER_NOW });
    const again = await mountPage();
    await vi.advanceTimersByTimeAsync(800);
    expect(api.save).toHaveBeenCalledWith(
      expect.objectContaining({ slot: 2, seq: 1, response: { type: 'TRUE_FALSE', value: false } }),
    );
    await again.get('[data-testid="take-nav-2"]').trigger('click');
    expect((again.findAll('input[type="radio"]')[1]!.element as HTMLInputElement).checked).toBe(true);
    expect(again.get('[data-testid="take-nav-2"]').classes()).toContain('take__nav-item--done');
  });

  it('asks before submitting, naming the unanswered questions', async () => {
    api.submit.mockResolvedValue({ attemptId: 'attempt-1' });
    const page = await mountPage();
    await page.get('[data-testid="take-submit"]').trigger('click');
    await flushPromises();
    const box = document.body.querySelector('.el-message-box')!;
    expect(box.textContent).toContain('还有 2 道题未作答：第 1、2 题');
    (box.querySelector('.el-button--primary') as HTMLButtonElement).click();
    await flushPromises();
    expect(api.submit).toHaveBeenCalledWith({ attemptId: 'attempt-1', deviceId: expect.any(String) });
  });

  it('submits in the grace period though the server refuses the last answers', async () => {
    const grace = view();
    api.start.mockResolvedValue({ ...grace, attempt: { ...grace.attempt, overdueHandling: 'GRACE_PERIOD' } });
    api.save.mockRejectedValue(
      Object.assign(new Error('submit only'), {
        name: 'TRPCClientError',
        data: { code: 'PRECONDITION_FAILED', httpStatus: 412 },
      }),
    );
    api.submit.mockResolvedValue({ attemptId: 'attempt-1' });
    const page = await mountPage();
    await page.findAll('input[type="radio"]')[0]!.setValue(true);
    await vi.advanceTimersByTimeAsync(800);
    expect(page.get('[data-testid="take-save-status"]').text()).toBe('服务器已停止接收答案');
    await page.get('[data-testid="take-submit"]').trigger('click');
    await flushPromises();
    (document.body.querySelector('.el-message-box .el-button--primary') as HTMLButtonElement).click();
    await flushPromises();
    expect(api.submit).toHaveBeenCalledWith({ attemptId: 'attempt-1', deviceId: expect.any(String) });
  });

  it('stops answering and says so when time is up', async () => {
    const page = await mountPage();
    await vi.advanceTimersByTimeAsync(30 * 60_000 + 1_000);
    expect(page.text()).toContain('考试时间已到，系统已自动交卷');
    expect(page.get('[data-testid="take-results-link"]').text()).toBe('查看我的成绩');
    expect(page.findAll('input[type="radio"]').every((r) => (r.element as HTMLInputElement).disabled)).toBe(
      true,
    );
  });
});
