import { installDesignSystem } from '@duda/ui';
import { enableAutoUnmount, flushPromises, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ref } from 'vue';
import { messages } from '../../i18n/index.ts';
import AttendancePage from './AttendancePage.vue';

enableAutoUnmount(afterEach);

const { take, plan } = vi.hoisted(() => ({ take: vi.fn(), plan: { value: null as unknown } }));
vi.mock('./api.ts', () => ({
  usePlan: () => ({ data: plan }),
  useTakeAttendance: () => ({ mutateAsync: take, isPending: ref(false) }),
}));

const attendance = (personId: string, personName: string, status: string | null) => ({
  sessionId: 's1',
  personId,
  personName,
  staffNo: `HZ${personId}`,
  status,
  markedAt: null,
});

function planWith(status: string) {
  plan.value = {
    id: 'plan1',
    orgName: '湖滨营业厅',
    status,
    sessions: [
      {
        id: 's1',
        startsAt: new Date('2026-12-08T07:00:00Z'),
        endsAt: new Date('2026-12-08T08:30:00Z'),
        place: '湖滨营业厅会议室',
        attendance: [attendance('1', '赵雪', 'ABSENT'), attendance('2', '张伟', null)],
      },
    ],
  };
}

const open = async () => {
  const page = mount(AttendancePage, {
    attachTo: document.body,
    props: { id: 'plan1', sessionId: 's1' },
    global: { plugins: [[installDesignSystem, { messages }]], stubs: { RouterLink: true } },
  });
  await flushPromises();
  return page;
};

describe('AttendancePage', () => {
  beforeEach(() => take.mockReset().mockResolvedValue({}));

  it('lists the participants with what is marked, and saves everyone present at once', async () => {
    planWith('PUBLISHED');
    const page = await open();
    expect(page.text()).toContain('出席 0 · 缺席 1 · 请假 0 · 未记录 1');
    // Each person's three choices, worded as the service words the statuses.
    expect(
      page
        .findAll('.el-radio-button')
        .map((b) => b.text())
        .slice(0, 3),
    ).toEqual(['出席', '缺席', '请假']);
    await page
      .findAll('button')
      .find((b) => b.text() === '全部出席')!
      .trigger('click');
    await page
      .findAll('button')
      .find((b) => b.text() === '保存考勤')!
      .trigger('click');
    await flushPromises();
    expect(take).toHaveBeenCalledWith({
      sessionId: 's1',
      marks: [
        { personId: '1', status: 'PRESENT' },
        { personId: '2', status: 'PRESENT' },
      ],
    });
  });

  it('says attendance waits for publishing on a draft', async () => {
    planWith('DRAFT');
    const page = await open();
    expect(page.text()).toContain('计划发布后才能记录考勤');
    expect(page.findAll('button').some((b) => b.text() === '保存考勤')).toBe(false);
  });
});
