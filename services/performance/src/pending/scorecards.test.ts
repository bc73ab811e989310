// The scorecards' to-dos on real databases (performance beside real inspection and training): the clerk's targets to
// acknowledge and her scorecard to self-assess, her manager's assessment — each in `performance.pending.mine`
// until done, then gone; nobody else sees them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFixture, type RunFixture } from '../scorecards/test-support.ts';

let f: RunFixture;
// The fixture's clock stands in November 2026.
const MONTH = '2026-11';

const kindsOf = async (username: string) =>
  ((await (await f.as(username)).pending.mine({ limit: 50 })).items ?? []).map((item) => [
    item.kind,
    item.route.path,
  ]);

beforeAll(async () => {
  f = await runFixture();
  const sup = await f.as('city.sup');
  const attitude = await sup.kpis.create({
    name: '工作态度',
    definition: '上级评价',
    unit: '分',
    direction: 'HIGHER',
    target: 100,
    rule: { kind: 'MANUAL' },
    source: 'TEAM_ATTITUDE',
  });
  for (const role of ['clerk', 'hall_manager'] as const)
    await sup.schemes.create({
      role,
      name: '月度方案',
      fromMonth: MONTH,
      lines: [{ kpiId: attitude.id, weight: 100 }],
    });
}, 120_000);
afterAll(() => f.close());

describe('the scorecards’ to-dos', () => {
  it('the clerk acknowledges the month’s targets from her to-dos; then the to-do is gone', async () => {
    const before = await (await f.as('hubin.clerk')).pending.mine({ limit: 50 });
    expect(before.items).toEqual([
      expect.objectContaining({
        kind: 'targets.acknowledge',
        title: `${MONTH} 月度方案`,
        route: { remote: 'performance', path: `targets?month=${MONTH}` },
        // Due when the month began: it is under way, so overdue.
        dueAt: new Date(`${MONTH}-01T00:00:00+08:00`),
        overdue: true,
      }),
    ]);
    await (await f.as('hubin.clerk')).targets.acknowledge({ month: MONTH });
    expect(await kindsOf('hubin.clerk')).toEqual([]);
  });

  it('a new scheme from next month asks for its acknowledgement before the month starts', async () => {
    const sup = await f.as('city.sup');
    const [kpi] = await sup.kpis.list({});
    await sup.schemes.create({
      role: 'clerk',
      name: '十二月方案',
      fromMonth: '2026-12',
      lines: [{ kpiId: kpi!.id, weight: 100 }],
    });
    const [todo] = (await (await f.as('hubin.clerk')).pending.mine({ limit: 50 })).items;
    expect(todo).toMatchObject({ kind: 'targets.acknowledge', overdue: false, title: '2026-12 十二月方案' });
    await (await f.as('hubin.clerk')).targets.acknowledge({ month: '2026-12' });
    expect(await kindsOf('hubin.clerk')).toEqual([]);
  });

  it('after the run the clerk self-assesses, then her manager assesses; each to-do leaves when done', async () => {
    await (await f.as('city.sup')).months.run({ month: MONTH });
    const clerk = await f.as('hubin.clerk');
    const [card] = (await clerk.scorecards.list({ month: MONTH })).items;
    const path = `scorecards/${card!.id}`;
    expect(await kindsOf('hubin.clerk')).toEqual([['scorecard.selfAssess', path]]);
    // Nothing to assess before she has self-assessed.
    expect(await kindsOf('hubin.mgr')).not.toContainEqual(['scorecard.assess', path]);

    await clerk.scorecards.selfAssess({ id: card!.id, comment: '完成本月任务' });
    expect(await kindsOf('hubin.clerk')).toEqual([]);
    expect(await kindsOf('hubin.mgr')).toContainEqual(['scorecard.assess', path]);
    // Only the direct superior is asked: not another hall's manager, nor the district and city supervisors.
    for (const other of ['nanxing.mgr', 'sc.sup', 'city.sup'])
      expect(await kindsOf(other)).not.toContainEqual(['scorecard.assess', path]);

    const full = await clerk.scorecards.get({ id: card!.id });
    await (
      await f.as('hubin.mgr')
    ).scorecards.assess({
      id: card!.id,
      values: [{ kpiId: full.lines[0]!.kpiId, value: 90 }],
      comment: '',
    });
    expect(await kindsOf('hubin.mgr')).not.toContainEqual(['scorecard.assess', path]);
  });

  it('a hall manager’s self-assessed scorecard waits for the district supervisor', async () => {
    const manager = await f.as('hubin.mgr');
    const own = (await manager.scorecards.list({ month: MONTH, search: '李娜' })).items[0]!;
    await manager.scorecards.selfAssess({ id: own.id, comment: '' });
    expect(await kindsOf('sc.sup')).toContainEqual(['scorecard.assess', `scorecards/${own.id}`]);
    expect(await kindsOf('xh.sup')).not.toContainEqual(['scorecard.assess', `scorecards/${own.id}`]);
  });
});
