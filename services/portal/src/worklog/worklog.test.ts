// Work logs (工作日志) and weekly reports (周报) against a real PostgreSQL and a real org service: one log per person
// and day, written that day only; saving it completes the day's work-log duty once; supervisors read their scope's
// logs and reports, nobody else's; the weekly plan and summary each in their own window.
import { localServiceClient } from '@duda/service-kit';
import { orgFixture, type OrgFixture } from '@duda/service-org/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { database } from '../database.ts';
import { createPortalService, type PortalService } from '../module.ts';

let f: OrgFixture;
let service: PortalService;
// Wednesday 2 December 2026, 18:00 in China.
const clock = { now: new Date('2026-12-02T10:00:00Z') };

beforeAll(async () => {
  f = await orgFixture({ with: [database] });
  service = createPortalService({
    pool: f.db.pool,
    org: localServiceClient(f.org.router),
    now: () => clock.now,
  });
});
afterAll(async () => {
  await service.close();
  await f.close();
});

const as = async (username: string) => service.router.createCaller(await f.contextOf(username));
const log = (day: string, issues = '二号台打印机卡纸') => ({
  day,
  entries: ['班前会讲解新套餐', '巡场三次，辅导营业员两人'],
  floorMinutes: 300,
  issues,
});

describe('the daily work log', () => {
  it('is written and changed on its day, one per person, and completes the day’s work-log duty once', async () => {
    const manager = await as('hubin.mgr');
    expect(await manager.worklog.day({})).toMatchObject({ day: '2026-12-02', editable: true, log: null });
    // The duty exists before the log (the person's first look makes it).
    await manager.duties.mine({ span: 'day' });
    const first = await manager.worklog.save(log('2026-12-02'));
    const again = await manager.worklog.save({ ...log('2026-12-02', '无'), floorMinutes: 320 });
    expect(again).toMatchObject({ id: first.id, issues: '无', floorMinutes: 320, orgName: '湖滨营业厅' });
    expect(await manager.worklog.day({ day: '2026-12-02' })).toMatchObject({
      editable: true,
      log: { id: first.id, entries: ['班前会讲解新套餐', '巡场三次，辅导营业员两人'] },
    });
    const { tasks } = await manager.duties.mine({ span: 'day' });
    expect(tasks.find((t) => t.code === 'hall.daily.worklog')).toMatchObject({
      status: 'DONE',
      done: 1,
      proofs: [{ evidence: 'WORK_LOG', area: 'worklog', link: '?day=2026-12-02' }],
    });
  });

  it('is read-only the next day and cannot be written ahead', async () => {
    clock.now = new Date('2026-12-03T01:00:00Z');
    const manager = await as('hubin.mgr');
    expect(await manager.worklog.day({ day: '2026-12-02' })).toMatchObject({ editable: false });
    await expect(manager.worklog.save(log('2026-12-02'))).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: '2026-12-02 的工作日志只能在当天填写或修改，现已只读',
    });
    await expect(manager.worklog.save(log('2026-12-04'))).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
      message: '不能填写 2026-12-04 的工作日志：这一天还没到',
    });
    expect((await manager.worklog.day({ day: '2026-12-02' })).log).toMatchObject({ issues: '无' });
  });

  it('is refused to a post that keeps none', async () => {
    await expect((await as('trainer')).worklog.save(log('2026-12-03'))).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('is read by the supervisors whose scope holds the writer, and by nobody else', async () => {
    await (await as('hubin.clerk')).worklog.save(log('2026-12-03', '客户排队较长'));
    const range = { from: '2026-12-01', to: '2026-12-03' };
    const names = async (username: string) =>
      (await (await as(username)).worklog.team(range)).map((l) => `${l.personName}@${l.day}`).sort();
    const hubin = ['李娜@2026-12-02', '赵雪@2026-12-03'];
    expect(await names('sc.sup')).toEqual(hubin);
    expect(await names('city.sup')).toEqual(hubin);
    expect(await names('hubin.mgr')).toEqual(hubin);
    expect(await names('xh.sup')).toEqual([]);
    expect(await names('nanxing.mgr')).toEqual([]);
    await expect((await as('hubin.clerk')).worklog.team(range)).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect((await as('hr')).worklog.team(range)).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });
});

describe('the weekly report', () => {
  it('takes the plan before the week ends and the summary until the Monday after', async () => {
    clock.now = new Date('2026-12-07T01:00:00Z'); // Monday 7 December
    const sup = await as('sc.sup');
    expect(await sup.worklog.week({})).toMatchObject({
      weekStart: '2026-12-07',
      weekEnd: '2026-12-13',
      planEditable: true,
      summaryEditable: true,
      report: null,
    });
    await sup.worklog.savePlan({ weekStart: '2026-12-07', plan: '走访湖滨、南星；组织月度笔试' });
    await sup.worklog.saveSummary({ weekStart: '2026-11-30', summary: '上周走访三个营业厅' });
    await expect(sup.worklog.saveSummary({ weekStart: '2026-12-14', summary: '早' })).rejects.toMatchObject({
      message: '2026-12-14 这一周的总结只能在本周内或下周一填写',
    });
    await expect(sup.worklog.savePlan({ weekStart: '2026-11-30', plan: '晚' })).rejects.toMatchObject({
      message: '2026-11-30 这一周的计划只能在本周结束前（或上一周）填写',
    });
    await expect(sup.worklog.week({ weekStart: '2026-12-08' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    const weeks = await (await as('city.sup')).worklog.teamWeeks({ from: '2026-11-30', to: '2026-12-07' });
    expect(weeks.map((w) => [w.weekStart, w.plan, w.summary])).toEqual([
      ['2026-12-07', '走访湖滨、南星；组织月度笔试', null],
      ['2026-11-30', null, '上周走访三个营业厅'],
    ]);
    expect(await (await as('xh.sup')).worklog.teamWeeks({ from: '2026-11-30', to: '2026-12-07' })).toEqual(
      [],
    );
  });
});
