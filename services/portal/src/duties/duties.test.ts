// Must-do schedules (必做) against a real PostgreSQL and a real org service: tasks made once per person, duty and
// period however often asked; counted from other areas' events once per event; ticked by hand where no event
// exists; closed as missed the morning after; templates changed from the next occurrence; rates in scope only;
// due tasks in the inbox until done.
import type { OrgFixture } from '@duda/service-org/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PortalService } from '../module.ts';
import { portalEventsFixture, type PortalEventsFixture } from '../testing/events.ts';
import { closeMissedTasks } from './closing.ts';
import { generateToday } from './generation.ts';

let t: PortalEventsFixture;
let f: OrgFixture;
let service: PortalService;
// Wednesday 2 December 2026, 09:00 in China.
const clock = { now: new Date('2026-12-02T01:00:00Z') };

beforeAll(async () => {
  t = await portalEventsFixture(clock, {
    dutiesInInbox: true,
  });
  ({ f, service } = t);
});
afterAll(() => t.close());

const as = (username: string) => t.as(username);
const personOf = (username: string) => t.personOf(username);
const deliver: PortalEventsFixture['deliver'] = (...args) => t.deliver(...args);
/** inspection.submitted as the inspection service records it (more fields than the portal reads). */
const submitted = (username: string, kind: string, at = clock.now) => ({
  inspectionId: crypto.randomUUID(),
  hallId: crypto.randomUUID(),
  districtId: crypto.randomUUID(),
  cityId: f.seeded.cityId,
  kind,
  month: '2026-12',
  inspectorId: personOf(username),
  total: 96,
  passed: true,
  vetoed: false,
  problemCount: 0,
  ordersIssued: 0,
  visibleToHall: true,
  submittedAt: at.toISOString(),
});
const taskOf = async (username: string, code: string) =>
  service.prisma.dutyTask.findFirstOrThrow({
    where: { personId: personOf(username), code },
    orderBy: { periodStart: 'desc' },
  });

describe('duty tasks', () => {
  it("makes a hall manager's tasks of today on first look, once however often asked or generated", async () => {
    const manager = await as('hubin.mgr');
    const today = await manager.duties.mine({ span: 'day' });
    expect(today).toMatchObject({ span: 'day', from: '2026-12-02', to: '2026-12-02', done: 0 });
    // 5 daily, 3 weekly, 6 monthly duties of docs/domain.md, each the period containing today.
    expect(today.total).toBe(14);
    expect(today.tasks.find((t) => t.code === 'hall.daily.checklist')).toMatchObject({
      title: '日检单至少两次',
      target: 2,
      done: 0,
      status: 'OPEN',
      evidence: 'DAILY_CHECK',
      dueAt: new Date('2026-12-02T12:00:00Z'),
      overdue: false,
    });
    await Promise.all([manager.duties.mine({ span: 'week' }), generateToday(service.duties.deps)]);
    expect(await generateToday(service.duties.deps)).toBe(0);
    expect(await service.prisma.dutyTask.count({ where: { personId: personOf('hubin.mgr') } })).toBe(14);
    // A clerk has no duties.
    expect((await (await as('hubin.clerk')).duties.mine({})).total).toBe(0);
  });

  it('completes "two daily checks" by itself when the second daily check is submitted, each event counted once', async () => {
    const first = crypto.randomUUID();
    const event = submitted('hubin.mgr', 'DAILY');
    await Promise.all([
      deliver('count-duty-inspections', first, event),
      deliver('count-duty-inspections', first, event),
    ]);
    await deliver('count-duty-inspections', first, event, 2);
    expect(await taskOf('hubin.mgr', 'hall.daily.checklist')).toMatchObject({ done: 1, status: 'OPEN' });
    // A supervision visit is not a daily check.
    await deliver('count-duty-inspections', crypto.randomUUID(), submitted('hubin.mgr', 'MONTHLY_VISIT'));
    expect(await taskOf('hubin.mgr', 'hall.daily.checklist')).toMatchObject({ done: 1 });

    const second = submitted('hubin.mgr', 'DAILY');
    await deliver('count-duty-inspections', crypto.randomUUID(), second);
    const mine = await (await as('hubin.mgr')).duties.mine({});
    expect(mine.tasks.find((t) => t.code === 'hall.daily.checklist')).toMatchObject({
      done: 2,
      status: 'DONE',
      proofs: [
        expect.objectContaining({
          evidence: 'DAILY_CHECK',
          area: 'inspection',
          link: `inspections/${event.inspectionId}`,
        }),
        expect.objectContaining({ link: `inspections/${second.inspectionId}` }),
      ],
    });
  });

  it("counts a supervisor's visit toward the month's patrol, making the tasks of someone enrolled before", async () => {
    await (await as('sc.sup')).duties.mine({});
    await service.prisma.dutyTask.deleteMany({ where: { personId: personOf('sc.sup') } });
    await deliver('count-duty-inspections', crypto.randomUUID(), submitted('sc.sup', 'CROSS'));
    expect(await taskOf('sc.sup', 'district.monthly.patrol')).toMatchObject({
      done: 1,
      target: 3,
      status: 'OPEN',
    });
    // Someone the portal has never seen: nothing to count toward, nothing fails.
    await deliver('count-duty-inspections', crypto.randomUUID(), submitted('xh.sup', 'CROSS'));
    expect(await service.prisma.dutyTask.count({ where: { personId: personOf('xh.sup') } })).toBe(0);
  });

  it('ticks a duty without evidence with a note, only the own and only once done', async () => {
    const manager = await as('hubin.mgr');
    const preshift = await taskOf('hubin.mgr', 'hall.daily.preshift');
    const ticked = await manager.duties.tick({ taskId: preshift.id, note: '班前会已开，8人参加' });
    expect(ticked).toMatchObject({
      status: 'DONE',
      done: 1,
      proofs: [expect.objectContaining({ note: '班前会已开，8人参加', evidence: null })],
    });
    await expect(manager.duties.tick({ taskId: preshift.id, note: '再来' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '此项已完成',
    });
    const checklist = await taskOf('hubin.mgr', 'hall.daily.checklist');
    await expect(manager.duties.tick({ taskId: checklist.id, note: '手工' })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: '此项由系统根据“提交日检单”自动计数完成，不能手动勾选',
    });
    const floor = await taskOf('hubin.mgr', 'hall.daily.floor');
    await expect(
      (await as('nanxing.mgr')).duties.tick({ taskId: floor.id, note: '不是我的' }),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect(await taskOf('hubin.mgr', 'hall.daily.floor')).toMatchObject({ done: 0, status: 'OPEN' });
  });

  it('lists the tasks due today in the inbox until they are done', async () => {
    const inbox = await (await as('hubin.mgr')).inbox.mine({ limit: 50 });
    expect(inbox.areas).toEqual([{ area: 'duties', available: true, total: 3, overdue: 0 }]);
    // The pre-shift routine and the two daily checks are done; the week's and month's duties are due later.
    expect(inbox.items.map((i) => [i.kind, i.title, i.route])).toEqual([
      ['duty.daily', '现场巡场与员工辅导记录', { remote: 'duties', path: '?span=day' }],
      ['duty.daily', '营业厅工作日志', { remote: 'duties', path: '?span=day' }],
      ['duty.daily', '营业后帐款票卡物交接与安全检查', { remote: 'duties', path: '?span=day' }],
    ]);
    const floor = await taskOf('hubin.mgr', 'hall.daily.floor');
    await (await as('hubin.mgr')).duties.tick({ taskId: floor.id, note: '巡场三次' });
    expect((await (await as('hubin.mgr')).inbox.counts())[0]).toMatchObject({ total: 2 });
  });

  it('closes the open tasks of a finished day as missed the next morning, once; late evidence still counts', async () => {
    clock.now = new Date('2026-12-02T22:00:00Z'); // 06:00 on Thursday in China
    const closed = await closeMissedTasks(service.duties.deps);
    expect(closed).toBeGreaterThan(0);
    expect(await closeMissedTasks(service.duties.deps)).toBe(0);
    const closing = await service.prisma.dutyTask.findFirstOrThrow({
      where: { personId: personOf('hubin.mgr'), code: 'hall.daily.closing', periodStart: '2026-12-02' },
    });
    expect(closing).toMatchObject({ status: 'MISSED', missedAt: clock.now });
    expect(await taskOf('hubin.mgr', 'hall.weekly.roster')).toMatchObject({ status: 'OPEN' });
    await expect(
      (await as('hubin.mgr')).duties.tick({ taskId: closing.id, note: '补记' }),
    ).rejects.toMatchObject({
      message: '此项的周期已于 2026-12-02 结束，不能再勾选',
    });
    // A self-check submitted on Wednesday whose event arrives on Thursday.
    await deliver(
      'count-duty-inspections',
      crypto.randomUUID(),
      submitted('hubin.mgr', 'SELF_CHECK', new Date('2026-12-02T10:00:00Z')),
    );
    expect(await taskOf('hubin.mgr', 'hall.monthly.inspections')).toMatchObject({ done: 1, status: 'OPEN' });
  });

  it("shows rates of the caller's scope only, per person and tier", async () => {
    const rates = await (await as('sc.sup')).duties.rates({ span: 'day', date: '2026-12-02' });
    const manager = rates.people.find((p) => p.personId === personOf('hubin.mgr'))!;
    expect(manager).toMatchObject({
      role: 'hall_manager',
      tier: 'hall',
      done: 3,
      missed: 2,
      open: 0,
      rate: 0.6,
    });
    expect(rates.tiers.map((t) => t.tier)).toEqual(['district', 'hall']);
    const xh = await (await as('xh.sup')).duties.rates({ span: 'day', date: '2026-12-02' });
    expect(xh.people).toEqual([]);
    await expect((await as('hubin.clerk')).duties.rates({ span: 'day' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});

describe('duty templates', () => {
  it("lists the city's duties and changes one from its next occurrence, the tasks of today kept", async () => {
    const city = await as('city.sup');
    const templates = await city.duties.templates();
    const checklist = templates.find((t) => t.code === 'hall.daily.checklist')!;
    expect(checklist).toMatchObject({ version: 1, target: 2, next: null });
    const changed = await city.duties.saveTemplate({ ...checklist, target: 3 });
    // Thursday 06:00: the change applies from Friday; Thursday's tasks keep the version they were made from.
    expect(changed).toMatchObject({
      version: 1,
      target: 2,
      next: { version: 2, effectiveFrom: '2026-12-04' },
    });
    await (await as('hubin.mgr')).duties.mine({});
    expect(await taskOf('hubin.mgr', 'hall.daily.checklist')).toMatchObject({
      periodStart: '2026-12-03',
      target: 2,
    });
    clock.now = new Date('2026-12-03T17:00:00Z'); // Friday 01:00
    await generateToday(service.duties.deps);
    expect(await taskOf('hubin.mgr', 'hall.daily.checklist')).toMatchObject({
      periodStart: '2026-12-04',
      target: 3,
    });
    await expect(
      city.duties.saveTemplate({ ...checklist, cadence: 'WEEKLY', dueDay: 5, windowStart: null }),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect((await as('hubin.mgr')).duties.templates()).rejects.toMatchObject({
      code: 'FORBIDDEN',
      message: '只有市公司督导可以维护本市的必做模板',
    });
  });
});
