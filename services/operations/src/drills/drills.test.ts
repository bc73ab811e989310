import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outagePlan } from '../plans/outage-plan.testing.ts';
import { ledgerFixture, type LedgerFixture } from '../testing/ledger-fixture.ts';

let t: LedgerFixture;
let planId: string;
let drillId: string;
let runId: string;

const pendingIds = async (username: string) =>
  (await (await t.as(username)).pending.mine({})).items.map((item) => item.id);
const minutes = (n: number) => {
  t.clock.now = new Date(t.clock.now.getTime() + n * 60_000);
};

beforeAll(async () => {
  // 09:00 on 10 May 2026, China time.
  t = await ledgerFixture(new Date('2026-05-10T01:00:00Z'));
  planId = (await outagePlan(t)).plan.id;
});
afterAll(() => t.close());

describe('a drill (应急演练): scheduled, run in drill mode, timed, evaluated by the district', () => {
  it('scheduled for the hall, it is a to-do of its managers from a week before its day', async () => {
    const mgr = await t.as('hubin.mgr');
    const later = await mgr.drills.schedule({ planId, dueOn: '2026-06-30' });
    expect(later).toMatchObject({ status: 'SCHEDULED', due: 'LATER', orgName: '湖滨营业厅' });
    const drill = await mgr.drills.schedule({ planId, dueOn: '2026-05-15' });
    drillId = drill.id;
    expect(drill).toMatchObject({ status: 'SCHEDULED', due: 'DUE' });
    expect(await pendingIds('hubin.mgr')).toContain(`operations.drill.due.${drillId}`);
    expect(await pendingIds('hubin.mgr')).not.toContain(`operations.drill.due.${later.id}`);
    await expect(
      (await t.as('hubin.clerk')).drills.schedule({ planId, dueOn: '2026-05-20' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(mgr.drills.schedule({ planId, dueOn: '2026-02-30' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('run in drill mode it takes the soonest scheduled drill; it is timed from start to close', async () => {
    const mgr = await t.as('hubin.mgr');
    runId = (await mgr.incidents.start({ planId, mode: 'DRILL', level: 1 })).id;
    expect((await mgr.incidents.get({ id: runId })).drillId).toBe(drillId);
    expect(await pendingIds('hubin.mgr')).not.toContain(`operations.drill.due.${drillId}`);
    await expect(
      (await t.as('sc.sup')).drills.evaluate({
        id: drillId,
        rating: 'PASS',
        findings: 'x',
        actions: 'y',
      }),
    ).rejects.toMatchObject({ message: '演练尚未完成，完成后才能评估' });
    for (const order of [1, 2, 3]) {
      minutes(4);
      await mgr.incidents.tick({ id: runId, order });
    }
    minutes(2);
    await mgr.incidents.close({ id: runId, review: '手工登记启动偏慢' });
    const [done] = (await mgr.drills.list({ status: 'DONE' })).items;
    expect(done).toMatchObject({ id: drillId, status: 'DONE', minutes: 14, mayEvaluate: false });
  });

  it('the district evaluates it (what went wrong, the actions); the hall sees the evaluation', async () => {
    const supervisor = await t.as('sc.sup');
    expect(await pendingIds('sc.sup')).toContain(`operations.drill.evaluate.${drillId}`);
    await expect(
      (await t.as('hubin.mgr')).drills.evaluate({ id: drillId, rating: 'GOOD', findings: 'x', actions: 'y' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      (await t.as('xh.sup')).drills.evaluate({ id: drillId, rating: 'GOOD', findings: 'x', actions: 'y' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const evaluated = await supervisor.drills.evaluate({
      id: drillId,
      rating: 'PASS',
      findings: '手工登记单放置位置不明，耽误 3 分钟',
      actions: '登记单固定放在 1 号柜台抽屉，每月检查',
    });
    expect(evaluated).toMatchObject({
      status: 'EVALUATED',
      rating: 'PASS',
      evaluatedByName: expect.any(String),
    });
    expect(await pendingIds('sc.sup')).not.toContain(`operations.drill.evaluate.${drillId}`);
    const [seen] = (await (await t.as('hubin.clerk')).drills.list({ status: 'EVALUATED' })).items;
    expect(seen).toMatchObject({ id: drillId, findings: '手工登记单放置位置不明，耽误 3 分钟' });
    expect(await (await t.as('hubin.clerk')).drills.get({ id: drillId })).toMatchObject({ rating: 'PASS' });
    await expect((await t.as('nanxing.mgr')).drills.get({ id: drillId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });

  it('a drill held without one scheduled is recorded as held that day', async () => {
    const duty = await t.as('hubin.duty');
    const run = await duty.incidents.start({ planId, mode: 'DRILL', level: 1 });
    const drill = (await duty.drills.list({ status: 'RUNNING' })).items.find(
      (one) => one.incidentId === run.id,
    );
    // The later drill (30 June) was still scheduled: it is the one taken.
    expect(drill).toMatchObject({ dueOn: '2026-06-30' });
    const another = await duty.incidents.start({ planId, mode: 'DRILL', level: 1 });
    const unscheduled = (await duty.drills.list({ status: 'RUNNING' })).items.find(
      (one) => one.incidentId === another.id,
    );
    expect(unscheduled).toMatchObject({ dueOn: '2026-05-10', scheduledByName: expect.any(String) });
  });

  it('counts per hall for the district and the city; a hall sees only its own, another district none', async () => {
    const figures = await (await t.as('sc.sup')).drills.figures({ year: 2026 });
    expect(figures.halls).toEqual([
      expect.objectContaining({
        orgName: '湖滨营业厅',
        scheduled: 3,
        held: 1,
        evaluated: 1,
        ratings: { GOOD: 0, PASS: 1, FAIL: 0 },
        meanMinutes: 14,
      }),
    ]);
    expect((await (await t.as('city.sup')).drills.figures({ year: 2026 })).halls).toHaveLength(1);
    expect((await (await t.as('xh.sup')).drills.figures({ year: 2026 })).halls).toEqual([]);
    expect((await (await t.as('nanxing.mgr')).drills.list({})).total).toBe(0);
    expect((await (await t.as('sc.sup')).drills.figures({ year: 2025 })).halls).toEqual([]);
  });
});
