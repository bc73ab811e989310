// Notifications against a real PostgreSQL and a real org service: raised once per event however often it is
// delivered, to the right people, read only by their owner, the morning digest once per person and day.
import type { OrgFixture } from '@duda/service-org/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PortalService } from '../module.ts';
import { portalEventsFixture, type PortalEventsFixture } from '../testing/events.ts';
import type { OutboundMessage } from '../ports/outbound-message.ts';
import { sendDailyDigests } from './digest.ts';

let t: PortalEventsFixture;
let f: OrgFixture;
let service: PortalService;
const sent: OutboundMessage[] = [];
const clock = { now: new Date('2026-11-23T02:00:00Z') };

beforeAll(async () => {
  t = await portalEventsFixture(clock, {
    // Records what would leave the portal, in place of the log adapter.
    outbound: { send: async (message) => void sent.push(message) },
  });
  ({ f, service } = t);
});
afterAll(() => t.close());

const as = (username: string) => t.as(username);
const personOf = (username: string) => t.personOf(username);
const deliver: PortalEventsFixture['deliver'] = (...args) => t.deliver(...args);

const examEvent = (candidates: string[]) => ({
  examId: crypto.randomUUID(),
  cityId: f.seeded.cityId,
  orgNodeId: f.seeded.cityId,
  title: '11月营业员月考',
  kind: 'MONTHLY',
  month: '2026-11',
  opensAt: '2026-11-24T01:00:00.000Z',
  closesAt: '2026-11-24T03:00:00.000Z',
  candidatePersonIds: candidates,
  publishedAt: clock.now.toISOString(),
});

describe('raising notifications from events', () => {
  it('notifies every candidate of a published exam once, however often and however concurrently it is delivered', async () => {
    const eventId = crypto.randomUUID();
    const event = examEvent([personOf('hubin.clerk'), personOf('hubin.mgr')]);
    await Promise.all([
      deliver('notify-published-exam', eventId, event),
      deliver('notify-published-exam', eventId, event),
    ]);
    await deliver('notify-published-exam', eventId, event, 2);

    const rows = await service.prisma.notification.findMany({ where: { sourceEventId: eventId } });
    expect(rows.map((r) => r.personId).sort()).toEqual(
      [personOf('hubin.clerk'), personOf('hubin.mgr')].sort(),
    );
    const clerk = await as('hubin.clerk');
    const list = await clerk.notifications.list({});
    expect(list.items).toEqual([
      expect.objectContaining({
        kind: 'EXAM_PUBLISHED',
        title: '11月营业员月考',
        link: '/training/mine',
        area: 'training',
        readAt: null,
        params: { opensAt: event.opensAt, closesAt: event.closesAt },
      }),
    ]);
  });

  it('tells the hall’s managers and its district supervisor of an overdue order, and texts them once', async () => {
    const hall = f.seeded.districts[0]!.halls.find((h) => h.name === '湖滨营业厅')!;
    const eventId = crypto.randomUUID();
    const payload = {
      orderId: crypto.randomUUID(),
      inspectionId: crypto.randomUUID(),
      hallId: hall.id,
      districtId: f.seeded.districts[0]!.id,
      cityId: f.seeded.cityId,
      month: '2026-11',
      severity: 'MAJOR',
      deadline: '2026-11-22T15:59:59.000Z',
      markedAt: clock.now.toISOString(),
      hallName: hall.name,
      itemTitle: '宣传架整洁',
    };
    sent.length = 0;
    await deliver('notify-overdue-order', eventId, payload);
    await deliver('notify-overdue-order', eventId, payload, 2);

    const rows = await service.prisma.notification.findMany({ where: { sourceEventId: eventId } });
    expect(rows.map((r) => r.personId).sort()).toEqual(
      ['hubin.mgr', 'hubin.duty', 'sc.sup'].map(personOf).sort(),
    );
    // The default preferences text an overdue order; a redelivery sends nothing more.
    expect(sent.map((m) => [m.channel, m.personId]).sort()).toEqual(
      ['hubin.mgr', 'hubin.duty', 'sc.sup'].map((u) => ['sms', personOf(u)]).sort(),
    );
    expect(sent[0]!.subject).toBe('整改超期：湖滨营业厅');
  });

  it('tells a plan’s author it was sent back, and an examinee the released result', async () => {
    await deliver('notify-rejected-plan', crypto.randomUUID(), {
      planId: crypto.randomUUID(),
      title: '上城区12月检查计划',
      scopeOrgId: f.seeded.districts[0]!.id,
      cityId: f.seeded.cityId,
      month: '2026-12',
      authorId: personOf('sc.sup'),
      rejectedById: personOf('leader'),
      rejectedByName: '王建国',
      comment: '请补充复查安排',
      rejectedAt: clock.now.toISOString(),
    });
    const attemptId = crypto.randomUUID();
    await deliver('notify-released-result', crypto.randomUUID(), {
      attemptId,
      examId: crypto.randomUUID(),
      examTitle: '11月营业员月考',
      personId: personOf('hubin.clerk'),
      score: 16.5,
      maxScore: 20,
      releasedAt: clock.now.toISOString(),
    });
    const supervisor = await (await as('sc.sup')).notifications.list({ unreadOnly: true });
    expect(supervisor.items.map((n) => n.kind).sort()).toEqual(['PLAN_REJECTED', 'RECTIFICATION_OVERDUE']);
    const clerk = await (await as('hubin.clerk')).notifications.list({});
    expect(clerk.items[0]).toMatchObject({ kind: 'RESULT_RELEASED', link: `/training/results/${attemptId}` });
  });
});

describe('reading one’s own notifications', () => {
  it('marks read only the caller’s own, lists the unread first, and counts what is left', async () => {
    const clerk = await as('hubin.clerk');
    const manager = await as('hubin.mgr');
    const [mine] = (await manager.notifications.list({})).items;
    const clerkFirst = (await clerk.notifications.list({})).items;
    expect(await clerk.notifications.unreadCount()).toBe(2);

    // Someone else's id is ignored, not marked.
    expect(await clerk.notifications.markRead({ ids: [mine!.id] })).toEqual({ marked: 0, unread: 2 });
    expect((await manager.notifications.list({})).items[0]!.readAt).toBeNull();

    const oldest = clerkFirst.at(-1)!;
    clock.now = new Date('2026-11-23T03:00:00Z');
    expect(await clerk.notifications.markRead({ ids: [oldest.id] })).toEqual({ marked: 1, unread: 1 });
    const listed = (await clerk.notifications.list({})).items;
    expect(listed.map((n) => n.readAt === null)).toEqual([true, false]);
    expect(listed[1]).toMatchObject({ id: oldest.id, readAt: '2026-11-23T03:00:00.000Z' });
    expect((await clerk.notifications.list({ unreadOnly: true })).total).toBe(1);

    expect(await clerk.notifications.markAllRead()).toEqual({ marked: 1, unread: 0 });
    expect(await manager.notifications.unreadCount()).toBeGreaterThan(0);
  });

  it('keeps preferences per person, with defaults until chosen', async () => {
    const clerk = await as('hubin.clerk');
    expect(await clerk.notifications.preferences()).toEqual({
      inApp: true,
      smsKinds: ['RECTIFICATION_OVERDUE'],
      emailKinds: [],
      dailyDigest: false,
    });
    await clerk.notifications.setPreferences({
      smsKinds: [],
      emailKinds: ['EXAM_PUBLISHED', 'EXAM_PUBLISHED'],
      dailyDigest: true,
    });
    expect(await clerk.notifications.preferences()).toMatchObject({
      emailKinds: ['EXAM_PUBLISHED'],
      dailyDigest: true,
    });
    expect((await (await as('hubin.mgr')).notifications.preferences()).dailyDigest).toBe(false);

    sent.length = 0;
    await deliver('notify-published-exam', crypto.randomUUID(), examEvent([personOf('hubin.clerk')]));
    expect(sent).toEqual([expect.objectContaining({ channel: 'email', personId: personOf('hubin.clerk') })]);

    // A month's history announced at once: its long-closed exams ring no bell.
    const closed = { ...examEvent([personOf('hubin.clerk')]), closesAt: '2026-09-25T13:00:00.000Z' };
    const closedId = crypto.randomUUID();
    await deliver('notify-published-exam', closedId, closed);
    expect(await service.prisma.notification.count({ where: { sourceEventId: closedId } })).toBe(0);
  });
});

describe('the daily digest', () => {
  it('sends each person who wants it one digest of the unread per China day, however often the job runs', async () => {
    const job = service.notifications.jobs.find((j) => j.name === 'send-daily-digests')!;
    expect(job).toMatchObject({ cron: '0 8 * * *', timeZone: 'Asia/Shanghai' });
    sent.length = 0;
    clock.now = new Date('2026-11-24T00:00:00Z'); // 08:00 in China
    await Promise.all([sendDailyDigests(service.notifications), sendDailyDigests(service.notifications)]);
    await job.run({ id: crypto.randomUUID(), firedAt: clock.now, attempt: 1 });

    expect(sent).toHaveLength(1);
    expect(sent[0]).toMatchObject({
      channel: 'email',
      personId: personOf('hubin.clerk'),
      subject: '督导平台每日摘要：1 条未读通知（2026-11-24）',
    });
    expect(sent[0]!.text).toContain('考试发布：11月营业员月考');

    clock.now = new Date('2026-11-25T00:00:00Z');
    await job.run({ id: crypto.randomUUID(), firedAt: clock.now, attempt: 1 });
    expect(sent).toHaveLength(2);
  });
});
