// The scorecard list's filters on real databases (performance beside real inspection and training): a unit at any
// level, a step, a grade (the calibrated one where moved) and a name or 工号 — and a person's own grade never
// told by the filter before the superior has assessed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFixture, type RunFixture } from './test-support.ts';

let f: RunFixture;
const MONTH = '2026-11';

const staffOf = async (username: string, filters: Record<string, unknown>) =>
  (await (await f.as(username)).scorecards.list({ month: MONTH, pageSize: 50, ...filters })).items
    .map((card) => card.staffNo)
    .sort();

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
  await sup.months.run({ month: MONTH });
}, 120_000);
afterAll(() => f.close());

describe('the scorecard list’s filters', () => {
  it('narrows the city to a district or a hall, and finds a person by name or 工号', async () => {
    const all = await staffOf('city.sup', {});
    const district = f.inspection.seeded.districts[0]!;
    const inDistrict = await staffOf('city.sup', { orgNodeId: district.id });
    const inHall = await staffOf('city.sup', { orgNodeId: district.halls[0]!.id });
    expect(inDistrict.length).toBeLessThan(all.length);
    expect(inHall.length).toBeLessThan(inDistrict.length);
    expect(inHall).toContain('HZ10103');
    expect(await staffOf('city.sup', { orgNodeId: f.inspection.seeded.cityId })).toEqual(all);
    expect(await staffOf('city.sup', { search: 'hz10103' })).toEqual(['HZ10103']);
    expect(await staffOf('city.sup', { search: '赵雪' })).toEqual(['HZ10103']);
  });

  it('by step and grade; the clerk’s own grade is not told by the filter before she is assessed', async () => {
    const clerk = await f.as('hubin.clerk');
    const [card] = (await clerk.scorecards.list({ month: MONTH })).items;
    await clerk.scorecards.selfAssess({ id: card!.id, comment: '' });
    expect(await staffOf('city.sup', { status: 'SELF_ASSESSED' })).toEqual(['HZ10103']);
    // No figure yet: every scorecard stands at 0, 不合格.
    expect(await staffOf('city.sup', { grade: 'FAIL' })).toContain('HZ10103');
    expect(await staffOf('hubin.clerk', { grade: 'FAIL' })).toEqual([]);

    const full = await clerk.scorecards.get({ id: card!.id });
    await (
      await f.as('hubin.mgr')
    ).scorecards.assess({
      id: card!.id,
      values: [{ kpiId: full.lines[0]!.kpiId, value: 95 }],
      comment: '',
    });
    expect(await staffOf('hubin.clerk', { grade: 'EXCELLENT' })).toEqual(['HZ10103']);
    expect(await staffOf('city.sup', { grade: 'EXCELLENT' })).toEqual(['HZ10103']);
    expect(await staffOf('city.sup', { status: 'ASSESSED', grade: 'FAIL' })).toEqual([]);
  });
});
