import { installDesignSystem } from '@duda/ui';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { createMemoryHistory, createRouter } from 'vue-router';
import { messages } from '../../i18n/index.ts';
import type { PlanDetail } from './api.ts';
import PlanPage from './PlanPage.vue';

enableAutoUnmount(afterEach);

const api = vi.hoisted(() => ({ plan: null as unknown, followUp: vi.fn(), close: vi.fn() }));
vi.mock('./api.ts', () => ({
  usePlan: () => ({ data: ref(api.plan), error: ref(null) }),
  useRecordFollowUp: () => ({ mutateAsync: api.followUp, isPending: ref(false) }),
  useClosePlan: () => ({ mutateAsync: api.close, isPending: ref(false) }),
}));

const recordedAt = new Date('2026-12-01T03:00:00Z');
const plan = (over: Partial<PlanDetail>): PlanDetail =>
  ({
    id: 'plan-1',
    month: '2026-11',
    scorecardId: 'card-1',
    personName: '赵雪',
    staffNo: 'HZ10103',
    hallName: '湖滨营业厅',
    goal: '服务态度投诉清零',
    status: 'OPEN',
    coachName: '李娜',
    createdAt: recordedAt,
    nextFollowUpOn: '2026-12-02',
    canCoach: false,
    closedAt: null,
    closedByName: null,
    closingNote: null,
    actions: [
      {
        id: 'a1',
        description: '晨会复述服务规范',
        ownerId: 'p1',
        ownerName: '赵雪',
        followUpOn: '2026-12-01',
        followUpNote: '复述完整',
        followedUpAt: recordedAt,
        followedUpByName: '李娜',
      },
      {
        id: 'a2',
        description: '店长旁听柜台服务',
        ownerId: 'c1',
        ownerName: '李娜',
        followUpOn: '2026-12-02',
        followUpNote: null,
        followedUpAt: null,
        followedUpByName: null,
      },
    ],
    ...over,
  }) as PlanDetail;

async function mountPage() {
  const router = createRouter({
    history: createMemoryHistory(),
    routes: [
      { path: '/coaching/plans/:id', name: 'performance.coaching.plan', component: PlanPage, props: true },
    ],
  });
  await router.push('/coaching/plans/plan-1');
  const page = mount(PlanPage, {
    props: { id: 'plan-1' },
    attachTo: document.body,
    global: { plugins: [[installDesignSystem, { messages }], router] },
  });
  await flushPromises();
  return page;
}

describe('PlanPage', () => {
  beforeEach(() => {
    api.followUp.mockReset().mockResolvedValue({});
    api.close.mockReset().mockResolvedValue({});
  });

  it('lets the coach record the open follow-up and sends what they wrote', async () => {
    api.plan = plan({ canCoach: true });
    const page = await mountPage();
    expect(page.find('[data-testid="plan-goal"]').text()).toBe('服务态度投诉清零');
    expect(page.find('[data-testid="follow-up-note"]').text()).toBe('复述完整');
    await page.find('.plan__follow-up textarea').setValue('旁听两次，服务规范');
    await page.find('.plan__follow-up').trigger('submit');
    await flushPromises();
    expect(api.followUp).toHaveBeenCalledWith({
      planId: 'plan-1',
      actionId: 'a2',
      note: '旁听两次，服务规范',
    });
  });

  it('closes only as moved on while a follow-up is open', async () => {
    api.plan = plan({ canCoach: true });
    const page = await mountPage();
    const outcomes = page.findAll('[data-testid="plan-close"] input[type="radio"]');
    expect(outcomes.map((one) => (one.element as HTMLInputElement).disabled)).toEqual([true, true, false]);
  });

  it('shows the person her plan without any form', async () => {
    api.plan = plan({});
    const page = await mountPage();
    expect(page.text()).toContain('店长旁听柜台服务');
    expect(page.text()).toContain('尚未跟进');
    expect(page.find('.plan__follow-up').exists()).toBe(false);
    expect(page.find('[data-testid="plan-close"]').exists()).toBe(false);
  });
});
