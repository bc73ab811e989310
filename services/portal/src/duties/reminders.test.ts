// Duty reminders against a real PostgreSQL and a real org service: a task still open shortly before it is due
// gets one notification to its holder, linking to /duties — once, even from two runs at the same moment — and
// none when ticked or not yet near; an e-mail too when the holder asked for this kind.
import { describeNotification } from '@duda/contract-portal';
import type { OrgFixture } from '@duda/service-org/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PortalService } from '../module.ts';
import { portalEventsFixture, type PortalEventsFixture } from '../testing/events.ts';
import type { OutboundMessage } from '../ports/outbound-message.ts';
import { reminderSourceId, remindDueDuties } from './reminders.ts';

let t: PortalEventsFixture;
let f: OrgFixture;
let service: PortalService;
const sent: OutboundMessage[] = [];
// Wednesday 2 December 2026, 08:00 in China.
const clock = { now: new Date('2026-12-02T00:00:00Z') };

beforeAll(async () => {
  t = await portalEventsFixture(clock, { outbound: { send: async (message) => void sent.push(message) } });
  ({ f, service } = t);
});
afterAll(() => t.close());

const as = (username: string) => t.as(username);
const manager = () => f.seeded.demoPeople['hubin.mgr']!.id;
const taskOf = (code: string) =>
  service.prisma.dutyTask.findFirstOrThrow({ where: { personId: manager(), code } });
const remindersOf = (taskId: string) =>
  service.prisma.notification.count({ where: { sourceEventId: reminderSourceId(taskId) } });
/** Two runs at the same moment, as two processes whose jobs fire together. */
const twoRuns = async () => {
  const [a, b] = await Promise.all([
    remindDueDuties(service.notifications),
    remindDueDuties(service.notifications),
  ]);
  return a + b;
};

describe('duty reminders (必做提醒)', () => {
  it('reminds the holder of an open task an hour before, once however many runs, never a ticked one', async () => {
    const mgr = await as('hubin.mgr');
    await mgr.duties.mine({ span: 'day' });
    await mgr.notifications.setPreferences({ smsKinds: [], emailKinds: ['DUTY_DUE'], dailyDigest: false });
    // 班前三清三检 is due at 09:00: its hour has come, but it is ticked first.
    const preshift = await taskOf('hall.daily.preshift');
    await mgr.duties.tick({ taskId: preshift.id, note: '班前会已开' });
    await twoRuns();
    expect(await remindersOf(preshift.id)).toBe(0);

    // 19:10: 日检单 and 巡场 (due 20:00) are near; 工作日志 (21:00) is not; 周例会 (Friday 18:00) is days off.
    clock.now = new Date('2026-12-02T11:10:00Z');
    sent.length = 0;
    const checklist = await taskOf('hall.daily.checklist');
    const floor = await taskOf('hall.daily.floor');
    expect(await twoRuns()).toBeGreaterThanOrEqual(2);
    expect(await remindersOf(checklist.id)).toBe(1);
    expect(await remindersOf(floor.id)).toBe(1);
    expect(await remindersOf((await taskOf('hall.daily.worklog')).id)).toBe(0);
    expect(await remindersOf((await taskOf('hall.weekly.meeting')).id)).toBe(0);
    expect(await twoRuns()).toBe(0);

    const list = await mgr.notifications.list({ page: 1, pageSize: 20 });
    const reminder = list.items.find((n) => n.title === '日检单至少两次')!;
    expect(reminder).toMatchObject({ kind: 'DUTY_DUE', area: 'duties', link: '/duties' });
    expect(describeNotification(reminder, 'zh-CN')).toEqual({
      heading: '必做即将到期：日检单至少两次',
      detail: '请在 12/2 20:00 前完成（湖滨营业厅）',
    });
    expect(describeNotification(reminder, 'en').detail).toBe(
      'Due by 12/2, 08:00 PM (湖滨营业厅): do it or tick it now.',
    );
    // One e-mail per reminder, as the manager asked: none twice.
    const mails = sent.filter((m) => m.subject.startsWith('必做即将到期'));
    expect(mails.map((m) => m.channel)).toEqual(mails.map(() => 'email'));
    expect(new Set(mails.map((m) => m.subject)).size).toBe(mails.length);
    expect(mails.map((m) => m.subject)).toContain('必做即将到期：日检单至少两次');
  });

  it('reminds a weekly duty from 09:00 the day before its due day, not before', async () => {
    const meeting = await taskOf('hall.weekly.meeting');
    expect(meeting.dueAt).toEqual(new Date('2026-12-04T10:00:00Z'));
    clock.now = new Date('2026-12-03T00:59:00Z'); // Thursday 08:59
    await remindDueDuties(service.notifications);
    expect(await remindersOf(meeting.id)).toBe(0);
    clock.now = new Date('2026-12-03T01:00:00Z'); // Thursday 09:00
    await remindDueDuties(service.notifications);
    expect(await remindersOf(meeting.id)).toBe(1);
  });
});
