// The KPI library, schemes and targets on a real database and the small organisation, as its people call them.
import { localServiceClient } from '@duda/service-kit';
import { orgFixture, type OrgFixture } from '@duda/service-org/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { database } from '../database.ts';
import { createPerformanceService, type PerformanceService } from '../module.ts';

let f: OrgFixture;
let service: PerformanceService;
// 2026-11-15, noon in China: November is under way.
const now = new Date('2026-11-15T04:00:00Z');

beforeAll(async () => {
  f = await orgFixture({ with: [database] });
  service = createPerformanceService({
    pool: f.db.pool,
    org: localServiceClient(f.org.router),
    now: () => now,
  });
});
afterAll(async () => {
  await service.close();
  await f.close();
});

const as = async (username: string) => service.router.createCaller(await f.contextOf(username));
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: { cause?: { code?: string } }) => error.cause?.code ?? String(error),
  );

const satisfaction = {
  name: '满意率',
  definition: '短信满意度调查中满意的比例',
  unit: '%',
  direction: 'HIGHER' as const,
  target: 95,
  rule: { kind: 'LINEAR' as const, floor: 80 },
  source: 'SATISFACTION_RATE' as const,
};
const complaints = {
  name: '有效投诉',
  definition: '当月有效投诉件数',
  unit: '件',
  direction: 'LOWER' as const,
  target: 0,
  rule: { kind: 'DEDUCTION' as const, perUnit: 5, cap: 20 },
  source: 'COMPLAINTS' as const,
};

describe('KPI library and schemes', () => {
  let kpiIds: string[] = [];

  it('the city supervisor adds KPIs; a rule that cannot score is refused and nothing is written', async () => {
    const sup = await as('city.sup');
    kpiIds = [(await sup.kpis.create(satisfaction)).id, (await sup.kpis.create(complaints)).id];
    expect(
      await codeOf(
        sup.kpis.create({ ...satisfaction, name: '满意率（错）', rule: { kind: 'LINEAR', floor: 99 } }),
      ),
    ).toBe('performance.scoring.floorAboveTarget');
    expect(await codeOf(sup.kpis.create(satisfaction))).toBe('performance.library.kpiNameTaken');
    expect((await (await as('hubin.clerk')).kpis.list()).map((kpi) => kpi.name)).toEqual([
      '有效投诉',
      '满意率',
    ]);
  });

  it('only the city supervisor keeps the library', async () => {
    expect(await codeOf((await as('sc.sup')).kpis.create({ ...satisfaction, name: '区县指标' }))).toBe(
      'performance.library.manageDenied',
    );
  });

  it('a scheme’s weights must add up to 100; nothing is written otherwise', async () => {
    const sup = await as('city.sup');
    const lines = [
      { kpiId: kpiIds[0]!, weight: 60 },
      { kpiId: kpiIds[1]!, weight: 30 },
    ];
    expect(
      await codeOf(sup.schemes.create({ role: 'clerk', name: '营业员方案', fromMonth: '2026-11', lines })),
    ).toBe('performance.scoring.weightsNot100');
    expect(await sup.schemes.list({})).toEqual([]);
  });

  it('a scheme starts this month when none applies yet; a change then applies from next month', async () => {
    const sup = await as('city.sup');
    const lines = [
      { kpiId: kpiIds[0]!, weight: 70 },
      { kpiId: kpiIds[1]!, weight: 30 },
    ];
    await sup.schemes.create({ role: 'clerk', name: '营业员方案', fromMonth: '2026-11', lines });
    expect(
      await codeOf(
        sup.schemes.create({ role: 'clerk', name: '营业员方案（改）', fromMonth: '2026-11', lines }),
      ),
    ).toBe('performance.library.schemeMonthStarted');
    const changed = [
      { kpiId: kpiIds[0]!, weight: 50 },
      { kpiId: kpiIds[1]!, weight: 50 },
    ];
    await sup.schemes.create({
      role: 'clerk',
      name: '营业员方案（改）',
      fromMonth: '2026-12',
      lines: changed,
    });
    const november = await sup.schemes.inForce({ role: 'clerk', month: '2026-11' });
    const december = await sup.schemes.inForce({ role: 'clerk', month: '2026-12' });
    expect(november?.lines.map((line) => line.weight)).toEqual([70, 30]);
    expect(december?.lines.map((line) => line.weight)).toEqual([50, 50]);
    expect(await sup.schemes.inForce({ role: 'hall_manager', month: '2026-11' })).toBeNull();
  });

  it('a KPI a scheme uses changes its words only; its scoring stays, and the list says it is used', async () => {
    const sup = await as('city.sup');
    const [used] = (await sup.kpis.list()).filter((kpi) => kpi.id === kpiIds[0]);
    expect(used!.schemes).toBe(2);
    expect(
      await codeOf(sup.kpis.update({ id: kpiIds[0]!, ...satisfaction, rule: { kind: 'LINEAR', floor: 70 } })),
    ).toBe('performance.library.kpiInUse');
    expect(await codeOf(sup.kpis.update({ id: kpiIds[0]!, ...satisfaction, target: 90 }))).toBe(
      'performance.library.kpiInUse',
    );
    expect((await sup.kpis.list()).find((kpi) => kpi.id === kpiIds[0])).toMatchObject({
      target: 95,
      rule: { kind: 'LINEAR', floor: 80 },
    });
    const renamed = await sup.kpis.update({
      id: kpiIds[0]!,
      ...satisfaction,
      definition: '短信调查满意比例',
    });
    expect(renamed).toMatchObject({ definition: '短信调查满意比例', target: 95 });
    expect(
      await codeOf((await as('sc.sup')).kpis.update({ id: kpiIds[0]!, ...satisfaction, name: '改名' })),
    ).toBe('performance.library.manageDenied');
  });

  it('a KPI no scheme uses may change its rule, checked as when it was added', async () => {
    const sup = await as('city.sup');
    const free = await sup.kpis.create({ ...complaints, name: '未用指标' });
    expect(
      await codeOf(
        sup.kpis.update({
          id: free.id,
          ...complaints,
          name: '未用指标',
          direction: 'HIGHER',
          rule: { kind: 'LINEAR', floor: 10 },
        }),
      ),
    ).toBe('performance.scoring.floorAboveTarget');
    const changed = await sup.kpis.update({
      id: free.id,
      ...complaints,
      name: '未用指标',
      rule: { kind: 'DEDUCTION', perUnit: 2, cap: 10 },
    });
    expect(changed.rule).toEqual({ kind: 'DEDUCTION', perUnit: 2, cap: 10 });
    expect(await codeOf(sup.kpis.update({ id: free.id, ...complaints }))).toBe(
      'performance.library.kpiNameTaken',
    );
  });
});

describe('targets: allocated down the tree, acknowledged by the person', () => {
  const district = () => f.seeded.districts[0]!;
  const hubin = () => district().halls[0]!;

  it('each lead allocates to the level directly below; the clerk is measured against the nearest', async () => {
    const [kpi] = (await (await as('city.sup')).kpis.list()).filter((k) => k.name === '满意率');
    const clerk = await as('hubin.clerk');
    expect(
      (await clerk.targets.mine({ month: '2026-11' })).lines.find((l) => l.kpiId === kpi!.id)?.target,
    ).toBe(95);

    await (
      await as('city.sup')
    ).targets.allocate({ month: '2026-11', kpiId: kpi!.id, subjectId: district().id, target: 96 });
    expect(
      (await clerk.targets.mine({ month: '2026-11' })).lines.find((l) => l.kpiId === kpi!.id)?.target,
    ).toBe(96);
    await (
      await as('sc.sup')
    ).targets.allocate({ month: '2026-11', kpiId: kpi!.id, subjectId: hubin().id, target: 97 });
    const clerkId = (await f.contextOf('hubin.clerk')).actor!.personId;
    await (
      await as('hubin.mgr')
    ).targets.allocate({ month: '2026-11', kpiId: kpi!.id, subjectId: clerkId, target: 98 });
    expect(
      (await clerk.targets.mine({ month: '2026-11' })).lines.find((l) => l.kpiId === kpi!.id)?.target,
    ).toBe(98);
  });

  it('a lead reads the allocations to the units below and their own; a clerk none', async () => {
    const subjects = async (username: string) =>
      (await (await as(username)).targets.list({ month: '2026-11' })).map((row) => [
        row.subjectName,
        row.target,
      ]);
    // Ordered by name: the district (上…) before its hall (湖…), the hall before the person (赵…).
    expect(await subjects('sc.sup')).toEqual([
      [district().name, 96],
      [hubin().name, 97],
    ]);
    expect(await subjects('hubin.mgr')).toEqual([
      [hubin().name, 97],
      [expect.stringContaining('HZ10103'), 98],
    ]);
    expect(await subjects('nanxing.mgr')).toEqual([]);
    expect(await codeOf((await as('hubin.clerk')).targets.list({ month: '2026-11' }))).toBe(
      'performance.library.allocateDenied',
    );
  });

  it('nobody allocates to their own level or above it, nor to themselves', async () => {
    const [kpi] = await (await as('city.sup')).kpis.list();
    const manager = await as('hubin.mgr');
    const managerId = (await f.contextOf('hubin.mgr')).actor!.personId;
    for (const subjectId of [district().id, hubin().id, managerId])
      expect(
        await codeOf(manager.targets.allocate({ month: '2026-11', kpiId: kpi!.id, subjectId, target: 1 })),
      ).toBe('performance.library.allocateDenied');
  });

  it('the clerk acknowledges (签收) the month’s scheme; someone with no scheme is told so', async () => {
    const clerk = await as('hubin.clerk');
    expect((await clerk.targets.mine({ month: '2026-11' })).acknowledgedAt).toBeNull();
    expect((await clerk.targets.acknowledge({ month: '2026-11' })).acknowledgedAt).toEqual(now);
    expect((await clerk.targets.mine({ month: '2026-11' })).acknowledgedAt).toEqual(now);
    expect(await codeOf((await as('hr')).targets.mine({ month: '2026-11' }))).toBe(
      'performance.library.noScheme',
    );
  });
});
