import { setCurrentUser, type CurrentUser } from '@duda/federation';
import { installDesignSystem } from '@duda/ui';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { messages } from '../../i18n/index.ts';
import type { ExamAttemptRow } from './api.ts';
import ExamAttemptsPage from './ExamAttemptsPage.vue';

enableAutoUnmount(afterEach);

const api = vi.hoisted(() => ({ release: vi.fn() }));
const row = (over: Partial<ExamAttemptRow>): ExamAttemptRow => ({
  id: 'a1',
  personName: '赵雪',
  staffNo: 'HZ10103',
  orgName: '湖滨营业厅',
  attemptNo: 1,
  status: 'IN_PROGRESS',
  startedAt: new Date('2026-12-10T02:00:00Z'),
  submittedAt: null,
  score: null,
  maxScore: 20,
  needsMarking: false,
  counted: true,
  focusLosses: 4,
  ...over,
});
vi.mock('./api.ts', () => ({
  useExamAttempts: () => ({
    data: ref({
      attempts: [
        row({}),
        row({ id: 'a2', personName: '钱晓云', status: 'SUBMITTED', score: 16, focusLosses: 0 }),
      ],
    }),
    error: ref(null),
    isPending: ref(false),
  }),
  useReleaseDevice: () => ({ mutateAsync: api.release }),
}));

const user = (permissions: string[]) =>
  ({
    person: { id: 'p', name: '孙丽华' },
    roles: [],
    permissions,
    mustChangePassword: false,
  }) as unknown as CurrentUser;
const mountPage = () =>
  mount(ExamAttemptsPage, {
    props: { examId: 'exam-1' },
    attachTo: document.body,
    global: { plugins: [[installDesignSystem, { messages }]] },
  });

describe('ExamAttemptsPage', () => {
  beforeEach(() => api.release.mockReset().mockResolvedValue({ released: true }));

  it('shows each candidate with how often they left the page, and lets a trainer release a running attempt', async () => {
    setCurrentUser(user(['training.read', 'training.exam.manage']));
    const page = mountPage();
    await flushPromises();
    const table = page.get('[data-testid="exam-attempts"]').text();
    expect(table).toContain('赵雪（HZ10103）');
    expect(table).toContain('16 / 20');
    const releases = page.findAll('button').filter((b) => b.text() === '释放设备');
    expect(releases).toHaveLength(1);
    await releases[0]!.trigger('click');
    await flushPromises();
    (document.body.querySelector('.el-message-box .el-button--primary') as HTMLButtonElement).click();
    await flushPromises();
    expect(api.release).toHaveBeenCalledWith({ attemptId: 'a1' });
  });

  it('offers no release to a reader of results', async () => {
    setCurrentUser(user(['training.read']));
    const page = mountPage();
    await flushPromises();
    expect(page.findAll('button').filter((b) => b.text() === '释放设备')).toHaveLength(0);
  });
});
