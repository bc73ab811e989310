// Duties completed by a submitted form (forms.submission.submitted) and by an exam held (training.exam.held),
// against a real PostgreSQL and a real org service: the right task of the right person or unit and period, once
// however often the event (or the record, submitted anew) comes.
import type { OrgFixture } from '@duda/service-org/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PortalService } from '../module.ts';
import { portalEventsFixture, type PortalEventsFixture } from '../testing/events.ts';

let t: PortalEventsFixture;
let f: OrgFixture;
let service: PortalService;
// Wednesday 2 December 2026, 09:00 in China.
const clock = { now: new Date('2026-12-02T01:00:00Z') };

beforeAll(async () => {
  t = await portalEventsFixture(clock);
  ({ f, service } = t);
  // The managers and supervisors have looked at their duties: they are enrolled, their tasks made.
  for (const username of ['hubin.mgr', 'nanxing.mgr', 'sc.sup', 'xh.sup'])
    await (await t.as(username)).duties.mine({});
}, 120_000);
afterAll(() => t.close());

const personOf = (username: string) => t.personOf(username);
const deliver: PortalEventsFixture['deliver'] = (...args) => t.deliver(...args);
const taskOf = (username: string, code: string) =>
  service.prisma.dutyTask.findFirstOrThrow({
    where: { personId: personOf(username), code },
    include: { proofs: true },
    orderBy: { periodStart: 'desc' },
  });

/** forms.submission.submitted as the forms service records it (more fields than the portal reads). */
const formSubmitted = (
  username: string,
  templateCode: string,
  at = clock.now,
  orgNodeId: string = crypto.randomUUID(),
) => ({
  submissionId: crypto.randomUUID(),
  templateId: crypto.randomUUID(),
  templateCode,
  versionId: crypto.randomUUID(),
  version: 1,
  orgNodeId,
  orgName: '湖滨营业厅',
  submitterId: personOf(username),
  submittedAt: at.toISOString(),
  day: '2026-12-02',
  month: '2026-12',
});

describe('a submitted form completes the duty it evidences', () => {
  it("completes the hall manager's monthly plan (表1) once, however often told, and no other manager's", async () => {
    const plan = formSubmitted('hubin.mgr', '表1');
    const event = crypto.randomUUID();
    await Promise.all([deliver('count-duty-forms', event, plan), deliver('count-duty-forms', event, plan)]);
    await deliver('count-duty-forms', event, plan, 2);
    // Sent back by its approval and submitted anew: the same record, a new event.
    await deliver('count-duty-forms', crypto.randomUUID(), plan);
    const task = await taskOf('hubin.mgr', 'hall.monthly.plan');
    expect(task).toMatchObject({
      periodStart: '2026-12-01',
      done: 1,
      status: 'DONE',
      completedAt: clock.now,
    });
    expect(task.proofs).toEqual([
      expect.objectContaining({
        sourceEventId: plan.submissionId,
        evidence: 'MONTHLY_PLAN',
        area: 'forms',
        link: `submissions/${plan.submissionId}`,
      }),
    ]);
    expect(await taskOf('nanxing.mgr', 'hall.monthly.plan')).toMatchObject({ done: 0, status: 'OPEN' });
  });

  it("counts a plan toward the period it was submitted in: one filed in November completes November's, not December's", async () => {
    const november = new Date('2026-11-28T02:00:00Z');
    await deliver('count-duty-forms', crypto.randomUUID(), formSubmitted('nanxing.mgr', '表1', november));
    const plans = await service.prisma.dutyTask.findMany({
      where: { personId: personOf('nanxing.mgr'), code: 'hall.monthly.plan' },
      orderBy: { periodStart: 'asc' },
    });
    expect(plans.map((t) => [t.periodStart, t.done, t.status])).toEqual([
      ['2026-11-01', 1, 'DONE'],
      ['2026-12-01', 0, 'OPEN'],
    ]);
  });

  it("completes the week's roster (表3); a meeting record (表4) of no meeting type completes nothing", async () => {
    const before = await service.prisma.dutyProof.count();
    await deliver('count-duty-forms', crypto.randomUUID(), formSubmitted('nanxing.mgr', '表4'));
    expect(await service.prisma.dutyProof.count()).toBe(before);
    await deliver('count-duty-forms', crypto.randomUUID(), formSubmitted('nanxing.mgr', '表3'));
    expect(await taskOf('nanxing.mgr', 'hall.weekly.roster')).toMatchObject({
      periodStart: '2026-11-30',
      done: 1,
      status: 'DONE',
      evidence: 'ROSTER',
    });
    expect(await taskOf('hubin.mgr', 'hall.weekly.roster')).toMatchObject({ done: 0, status: 'OPEN' });
  });
});

describe("a meeting record (表4) completes the hall's meeting duty of its type", () => {
  const hubin = () => f.seeded.districts[0]!.halls[0]!.id;
  const nanxing = () => f.seeded.districts[0]!.halls[1]!.id;
  const meeting = (username: string, meetingType: string, hall: string) => ({
    ...formSubmitted(username, '表4', clock.now, hall),
    meetingType,
  });

  it("completes 湖滨's weekly meeting once when its duty manager records it, not its monthly one nor 南星's", async () => {
    const weekly = meeting('hubin.duty', 'weekly', hubin());
    await deliver('count-duty-forms', crypto.randomUUID(), weekly);
    // Sent back by its approval and submitted anew: the same meeting.
    await deliver('count-duty-forms', crypto.randomUUID(), weekly);
    const task = await taskOf('hubin.mgr', 'hall.weekly.meeting');
    expect(task).toMatchObject({
      periodStart: '2026-11-30',
      done: 1,
      status: 'DONE',
      evidence: 'WEEKLY_MEETING',
    });
    expect(task.proofs).toEqual([
      expect.objectContaining({
        sourceEventId: weekly.submissionId,
        area: 'forms',
        link: `submissions/${weekly.submissionId}`,
      }),
    ]);
    expect(await taskOf('hubin.mgr', 'hall.monthly.meeting')).toMatchObject({ done: 0, status: 'OPEN' });
    expect(await taskOf('nanxing.mgr', 'hall.weekly.meeting')).toMatchObject({ done: 0, status: 'OPEN' });
  });

  it("completes 南星's monthly meeting by its manager's record; a daily briefing leaves the pre-shift routine to its tick", async () => {
    await deliver('count-duty-forms', crypto.randomUUID(), meeting('nanxing.mgr', 'monthly', nanxing()));
    expect(await taskOf('nanxing.mgr', 'hall.monthly.meeting')).toMatchObject({
      periodStart: '2026-12-01',
      done: 1,
      status: 'DONE',
      evidence: 'MONTHLY_MEETING',
    });
    expect(await taskOf('nanxing.mgr', 'hall.weekly.meeting')).toMatchObject({ done: 0, status: 'OPEN' });
    const before = await service.prisma.dutyProof.count();
    await deliver('count-duty-forms', crypto.randomUUID(), meeting('nanxing.mgr', 'briefing', nanxing()));
    expect(await service.prisma.dutyProof.count()).toBe(before);
    expect(await taskOf('nanxing.mgr', 'hall.daily.preshift')).toMatchObject({
      evidence: null,
      status: 'OPEN',
    });
  });
});

describe('an exam held completes the monthly exam duty of the unit it was held for', () => {
  /** training.exam.held as the training service records it: organised by a trainer, who has no duties. */
  const examHeld = async (district: string, kind: string, month = '2026-12') => ({
    examId: crypto.randomUUID(),
    cityId: f.seeded.cityId,
    orgNodeId: (await taskOf(district, 'district.monthly.exam')).orgNodeId,
    scope: [crypto.randomUUID()],
    organiserId: crypto.randomUUID(),
    kind,
    month,
    heldAt: clock.now.toISOString(),
  });

  it("completes 上城区's supervisor's 组织月度笔试 once, not 西湖区's", async () => {
    const held = await examHeld('sc.sup', 'DISTRICT_WRITTEN');
    await deliver('count-duty-exams', crypto.randomUUID(), held);
    await deliver('count-duty-exams', crypto.randomUUID(), held);
    const task = await taskOf('sc.sup', 'district.monthly.exam');
    expect(task).toMatchObject({ periodStart: '2026-12-01', done: 1, status: 'DONE' });
    expect(task.proofs).toEqual([
      expect.objectContaining({ evidence: 'EXAM_HELD', area: 'training', link: `exams/${held.examId}` }),
    ]);
    expect(await taskOf('xh.sup', 'district.monthly.exam')).toMatchObject({ done: 0, status: 'OPEN' });
  });

  it("counts neither a retake nor last month's exam toward this month's", async () => {
    await deliver('count-duty-exams', crypto.randomUUID(), await examHeld('xh.sup', 'RETAKE'));
    await deliver(
      'count-duty-exams',
      crypto.randomUUID(),
      await examHeld('xh.sup', 'DISTRICT_WRITTEN', '2026-11'),
    );
    expect(await taskOf('xh.sup', 'district.monthly.exam')).toMatchObject({ done: 0, status: 'OPEN' });
  });
});
