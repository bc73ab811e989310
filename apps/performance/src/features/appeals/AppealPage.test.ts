import { installDesignSystem } from '@duda/ui';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { messages } from '../../i18n/index.ts';
import type { AppealDetail } from './api.ts';
import AppealPage from './AppealPage.vue';

enableAutoUnmount(afterEach);

const api = vi.hoisted(() => ({ appeal: null as unknown, interview: vi.fn(), decide: vi.fn() }));
vi.mock('./api.ts', () => ({
  useAppeal: () => ({ data: ref(api.appeal), error: ref(null) }),
  useRecordInterview: () => ({ mutateAsync: api.interview, isPending: ref(false) }),
  useDecideAppeal: () => ({ mutateAsync: api.decide, isPending: ref(false) }),
}));

const filedAt = new Date('2026-11-10T03:00:00Z');
const appeal = (over: Partial<AppealDetail>): AppealDetail =>
  ({
    id: 'appeal-1',
    scorecardId: 'card-1',
    kpiId: 'kpi-1',
    kpiName: '工作态度',
    month: '2026-11',
    personName: '赵雪',
    hallName: '湖滨营业厅',
    reason: '当天调休，不在岗',
    status: 'FILED',
    filedAt,
    canDecide: false,
    evidence: [{ title: '排班表', url: 'https://example.com/roster.jpg' }],
    interview: null,
    interviewRecord: null,
    decisionReason: null,
    adjustment: null,
    steps: [{ id: 's1', status: 'FILED', note: '当天调休，不在岗', byName: '赵雪', at: filedAt }],
    ...over,
  }) as AppealDetail;

async function mountPage() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/appeals/:id', name: 'performance.appeal', component: AppealPage, props: true },
      { path: '/scorecards/:id', name: 'performance.scorecard', component: { template: '<div />' } },
      { path: '/:any(.*)', component: { template: '<div />' } },
    ],
  });
  await router.push('/appeals/appeal-1');
  const page = mount(AppealPage, {
    props: { id: 'appeal-1' },
    attachTo: document.body,
    global: { plugins: [[installDesignSystem, { messages }], router] },
  });
  await flushPromises();
  return page;
}

describe('AppealPage', () => {
  beforeEach(() => {
    api.interview.mockReset().mockResolvedValue({});
    api.decide.mockReset().mockResolvedValue({});
  });

  it('opens the superior a 表9 dialog prefilled from the appeal, keeps what is typed, and sends it', async () => {
    localStorage.clear();
    api.appeal = appeal({ canDecide: true });
    const page = await mountPage();
    expect(page.text()).toContain('排班表');
    const button = page.findAll('button').find((one) => one.text() === '记录面谈（表9）')!;
    await button.trigger('click');
    await flushPromises();
    const dialog = () => document.body.querySelector('.el-dialog')!;
    const field = (label: string) =>
      dialog().querySelector<HTMLInputElement | HTMLTextAreaElement>(`[aria-label="${label}"]`)!;
    expect([field('谈话对象').value, field('谈话类型').value]).toEqual(['赵雪', '绩效面谈']);
    expect(field('谈话主题').value).toBe('绩效申诉面谈: 2026-11 工作态度');
    expect(field('员工意见').value).toBe('当天调休，不在岗');
    const content = field('谈话内容');
    content.value = '核对了排班表';
    content.dispatchEvent(new Event('input'));
    await flushPromises();
    expect(
      JSON.parse(localStorage.getItem('duda.performance.appeal-interview.anonymous.appeal-1')!),
    ).toMatchObject({
      content: '核对了排班表',
    });
    const save = [...dialog().querySelectorAll('button')].find(
      (one) => one.textContent?.trim() === '保存面谈记录',
    )!;
    save.click();
    await flushPromises();
    expect(api.interview).toHaveBeenCalledWith({
      id: 'appeal-1',
      interview: expect.objectContaining({
        topic: '绩效申诉面谈: 2026-11 工作态度',
        content: '核对了排班表',
        staffOpinion: '当天调休，不在岗',
      }),
    });
    expect(localStorage.getItem('duda.performance.appeal-interview.anonymous.appeal-1')).toBeNull();
  });

  it('shows the appellant no form, but the interview, the decision, its adjustment and every step', async () => {
    api.appeal = appeal({
      status: 'ACCEPTED',
      interview: {
        date: '2026-11-11',
        topic: '关于扣分的面谈',
        content: '核对了排班表',
        staffOpinion: '',
        actions: '',
        byName: '李娜',
      },
      interviewRecord: { id: 'record-9', link: '/forms/submissions/record-9' },
      decisionReason: '排班属实',
      adjustment: { points: 5, reason: '申诉受理（工作态度）：排班属实' },
      steps: [
        { id: 's1', status: 'FILED', note: '当天调休', byName: '赵雪', at: filedAt },
        { id: 's2', status: 'INTERVIEWED', note: '关于扣分的面谈', byName: '李娜', at: filedAt },
        { id: 's3', status: 'ACCEPTED', note: '排班属实', byName: '李娜', at: filedAt },
      ],
    });
    const page = await mountPage();
    expect(page.find('form').exists()).toBe(false);
    expect(page.find('[data-testid="appeal-interview"]').text()).toContain('核对了排班表');
    expect(page.find('[data-testid="appeal-adjustment"]').text()).toContain('5');
    expect(page.text()).toContain('受理申诉');
    expect(page.text()).toContain('记录面谈');
    const links = page.findAll('a').filter((a) => a.text() === '面谈记录 表9');
    // Beside the interview and on its step in the history.
    expect(links.map((a) => a.attributes('href'))).toEqual([
      '/forms/submissions/record-9',
      '/forms/submissions/record-9',
    ]);
  });
});
