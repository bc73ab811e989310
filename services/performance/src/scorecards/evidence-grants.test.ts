// The evidence trail as the clerk follows it (#11 point 4): her own scorecard's inspection and rectification orders
// carry a grant that inspection accepts for her and that record alone; her manager's view of the same card carries
// none (he reads them by his role), and without it she reads neither.
import { submitVisit } from '@duda/service-inspection/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFixture, type RunFixture } from './test-support.ts';

const MONTH = '2026-11';
let f: RunFixture;

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: { code?: string }) => error.code ?? String(error),
  );

const kpi = (name: string, source: string) => ({
  name,
  definition: name,
  unit: '分',
  direction: 'HIGHER' as const,
  target: 100,
  rule: { kind: 'LINEAR' as const, floor: 0 },
  source,
});

async function cardOf(username: string) {
  const reader = await f.as(username);
  const { items } = await reader.scorecards.list({ month: MONTH, pageSize: 50 });
  return reader.scorecards.get({ id: items.find((item) => item.staffNo === 'HZ10103')!.id });
}

beforeAll(async () => {
  f = await runFixture();
  await submitVisit(f.inspection, 'sc.sup', f.inspection.hall('HZ-SC-01').id, { A01: '台面杂物' });
  const sup = await f.as('city.sup');
  const score = await sup.kpis.create(kpi('营业厅检查得分', 'HALL_INSPECTION_SCORE') as never);
  const rate = await sup.kpis.create(kpi('整改率', 'RECTIFICATION_RATE') as never);
  await sup.schemes.create({
    role: 'clerk',
    name: '营业员方案',
    fromMonth: MONTH,
    lines: [
      { kpiId: score.id, weight: 50 },
      { kpiId: rate.id, weight: 50 },
    ],
  });
  await sup.months.run({ month: MONTH });
}, 300_000);
afterAll(() => f?.close());

describe('the clerk’s own evidence', () => {
  it('opens the inspection and the order behind her deduction with their grants, and nothing without', async () => {
    const [scoreLine, rateLine] = (await cardOf('hubin.clerk')).lines;
    const inspection = scoreLine!.evidence[0]!;
    const order = rateLine!.evidence[0]!;
    expect([inspection.kind, order.kind]).toEqual(['INSPECTION', 'RECTIFICATION_ORDER']);
    expect(inspection.grant).toEqual(expect.any(String));
    const clerk = await f.inspection.as('hubin.clerk');
    expect(await clerk.inspections.get({ id: inspection.id, grant: inspection.grant })).toMatchObject({
      id: inspection.id,
    });
    expect(await clerk.rectifications.get({ id: order.id, grant: order.grant })).toMatchObject({
      id: order.id,
    });
    expect(await codeOf(clerk.inspections.get({ id: inspection.id }))).toBe('FORBIDDEN');
    expect(await codeOf(clerk.rectifications.get({ id: order.id, grant: inspection.grant }))).toBe(
      'FORBIDDEN',
    );
  });

  it('carries no grant on her manager’s view: he reads the records by his role', async () => {
    const lines = (await cardOf('hubin.mgr')).lines;
    expect(lines.flatMap((line) => line.evidence).every((evidence) => evidence.grant === undefined)).toBe(
      true,
    );
  });
});
