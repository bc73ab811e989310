import { installDesignSystem } from '@duda/ui';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { messages } from '../../i18n/index.ts';
import type { PlanSession } from './api.ts';
import SessionDrawer from './SessionDrawer.vue';

enableAutoUnmount(afterEach);

const { save } = vi.hoisted(() => ({ save: vi.fn() }));
vi.mock('./api.ts', () => ({
  useOrgTree: () => ({ data: ref([]) }),
  usePublishedArticles: () => ({ data: ref({ items: [{ id: 'a1', title: '首问负责制' }] }) }),
  useSaveSession: () => ({ mutateAsync: save, isPending: ref(false) }),
}));

const session: PlanSession = {
  id: 's1',
  planId: 'plan1',
  startsAt: new Date('2026-12-08T07:00:00Z'),
  endsAt: new Date('2026-12-08T08:30:00Z'),
  place: '湖滨营业厅会议室',
  trainerId: 'p1',
  trainerName: '李娜',
  topicKeys: ['kp:1'],
  materials: [{ articleId: 'a1', title: '首问负责制' }, { text: '案例讲解' }],
  createdAt: new Date('2026-12-01T00:00:00Z'),
  updatedAt: new Date('2026-12-01T00:00:00Z'),
  attendance: [
    {
      sessionId: 's1',
      personId: 'p2',
      personName: '赵雪',
      staffNo: 'HZ10103',
      status: null,
      markedAt: null,
    },
  ],
};

describe('SessionDrawer', () => {
  it('sends an edited session back with its articles and text lines as materials and its participants', async () => {
    save.mockResolvedValue({});
    const drawer = mount(SessionDrawer, {
      attachTo: document.body,
      props: { planId: 'plan1', topics: [], session: null, open: false },
      global: { plugins: [[installDesignSystem, { messages }]] },
    });
    await drawer.setProps({ session, open: true });
    await flushPromises();
    const panel = document.body.querySelector('.el-drawer') as HTMLElement;
    expect(panel.textContent).toContain('编辑培训场次');
    panel.querySelector('form')!.dispatchEvent(new Event('submit'));
    await flushPromises();
    expect(save).toHaveBeenCalledWith({
      planId: 'plan1',
      sessionId: 's1',
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      place: '湖滨营业厅会议室',
      trainerId: 'p1',
      topicKeys: ['kp:1'],
      materials: [{ articleId: 'a1' }, { text: '案例讲解' }],
      participantIds: ['p2'],
    });
  });
});
