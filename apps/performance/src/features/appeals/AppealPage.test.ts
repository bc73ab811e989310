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

  it('offers the superior the interview record of a filed appeal and sends what they wrote', async () => {
    api.appeal = appeal({ canDecide: true });
    const page = await mountPage();
    expect(page.text()).toContain('排班表');
    const [topic] = page.findAll('input[maxlength="200"]');
    await topic!.setValue('关于扣分的面谈');
    await page.find('textarea[maxlength="3000"]').setValue('核对了排班表');
    await page.find('form').trigger('submit');
    await flushPromises();
    expect(api.interview).toHaveBeenCalledWith({
      id: 'appeal-1',
      interview: expect.objectContaining({ topic: '关于扣分的面谈', content: '核对了排班表' }),
    });
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
  });
});
