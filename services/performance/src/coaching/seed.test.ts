// The coaching demo on the small organisation beside real inspection and training (the clock on 2026-11-10): in
// October, 湖滨's demo clerk waits for a plan, 钱晓云 has one with a follow-up due today, 南星's manager one of
// 上城's supervisor, and 清波's manager, planned and improved since September, is recognised.
import { addMonths, currentMonth } from '@duda/month';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFixture, type RunFixture } from '../scorecards/test-support.ts';
import { seedPerformanceDemo } from '../seed/index.ts';

let f: RunFixture;
beforeAll(async () => {
  f = await runFixture();
  await seedPerformanceDemo(f.performance.deps, f.inspection.seeded, f.inspection.clock.now);
}, 180_000);
afterAll(() => f.close());

describe('coaching demo', () => {
  const last = () => addMonths(currentMonth(f.inspection.clock.now), -1);

  it('gives 湖滨’s manager two low performers, one planned, and its follow-up due today', async () => {
    const manager = await f.as('hubin.mgr');
    const board = await manager.coaching.board({ month: last() });
    expect(board.lowPerformers.map((one) => [one.personName, one.plan?.status ?? null]).sort()).toEqual([
      ['赵雪', null],
      ['钱晓云', 'OPEN'],
    ]);
    const { items } = await manager.pending.mine({ limit: 50 });
    expect(items.filter((item) => item.kind === 'coaching.followUp')).toMatchObject([
      { title: '钱晓云 · 店长每周旁听两次柜台服务并点评', overdue: false },
    ]);
    expect((await (await f.as('hubin.clerk')).coaching.listPlans({})).total).toBe(0);
  });

  it('gives 上城’s supervisor two open plans, one closed, and a recognised improver', async () => {
    const sup = await f.as('sc.sup');
    const board = await sup.coaching.board({ month: last() });
    expect(board.openPlans.map((plan) => [plan.personName, plan.nextFollowUpOn])).toEqual([
      ['钱晓云', '2026-11-10'],
      ['吴俊', '2026-11-14'],
    ]);
    expect(board.improvers).toMatchObject([
      {
        personName: '冯建华',
        reasons: expect.arrayContaining(['SCORE_UP']),
        recognition: { byName: '刘海涛' },
      },
    ]);
    const plans = await sup.coaching.listPlans({ scope: 'units' });
    expect(plans.items.map((plan) => [plan.personName, plan.status]).sort()).toEqual([
      ['冯建华', 'IMPROVED'],
      ['吴俊', 'OPEN'],
      ['钱晓云', 'OPEN'],
    ]);
  });
});
