import { DOrgTreeSelect, installDesignSystem } from '@duda/ui';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { messages } from '../../i18n/index.ts';
import type { PlanSession } from './api.ts';
import SessionDrawer from './SessionDrawer.vue';

enableAutoUnmount(afterEach);

const { save, byRole } = vi.hoisted(() => ({ save: vi.fn(), byRole: vi.fn() }));
vi.mock('./api.ts', () => ({
  fetchPeopleByRole: byRole,
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

  async function openWith(people: { id: string; name: string; staffNo: string; orgName: string }[]) {
    save.mockReset().mockResolvedValue({});
    byRole.mockReset().mockResolvedValue(people);
    const drawer = mount(SessionDrawer, {
      attachTo: document.body,
      props: { planId: 'plan1', topics: [], session: null, open: false },
      global: { plugins: [[installDesignSystem, { messages }]] },
    });
    await drawer.setProps({ session, open: true });
    await flushPromises();
    // The second unit picker is the role group's; its role select sits beside it.
    drawer.findAllComponents(DOrgTreeSelect)[1]!.vm.$emit('update:modelValue', 'district-sc');
    const selects = drawer.findAllComponents({ name: 'ElSelect' });
    selects.find((c) => c.props('placeholder') === '角色')!.vm.$emit('update:modelValue', 'hall_manager');
    await flushPromises();
    const button = [...document.body.querySelectorAll('button')].find((b) =>
      b.textContent?.includes('加入该角色人员'),
    )!;
    button.click();
    await flushPromises();
    document.body.querySelector<HTMLFormElement>('.el-drawer form')!.dispatchEvent(new Event('submit'));
    await flushPromises();
    return save.mock.calls[0]![0] as { participantIds: string[] };
  }

  it('adds everyone with a role in a unit, as the service resolves them', async () => {
    const managers = [
      { id: 'm1', name: '王芳', staffNo: 'HZ10101', orgName: '湖滨营业厅' },
      { id: 'm2', name: '陈刚', staffNo: 'HZ10201', orgName: '南星营业厅' },
    ];
    const sent = await openWith(managers);
    expect(byRole).toHaveBeenCalledWith({ planId: 'plan1', orgNodeId: 'district-sc', role: 'hall_manager' });
    expect(sent.participantIds).toEqual(['p2', 'm1', 'm2']);
  });

  it('refuses a role group that would take the session past 300 people, saying so', async () => {
    const crowd = Array.from({ length: 300 }, (_, i) => ({
      id: `c${i}`,
      name: `员工${i}`,
      staffNo: `HZ9${i}`,
      orgName: '南星营业厅',
    }));
    const sent = await openWith(crowd);
    expect(document.body.textContent).toContain('符合条件的有 301 人，一个场次最多 300 人');
    expect(sent.participantIds).toEqual(['p2']);
  });
});
