import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerFixture, type LedgerFixture } from '../testing/ledger-fixture.ts';

let t: LedgerFixture;
let hubinId: string;
const ids: Record<string, string> = {};

beforeAll(async () => {
  // The devices go in on 20 March; each test moves the clock on.
  t = await ledgerFixture(new Date('2026-03-20T02:00:00Z'));
  hubinId = t.hall('HZ-SC-01').id;
  const mgr = await t.as('hubin.mgr');
  for (const [assetNo, type] of [
    ['SS-1', 'SELF_SERVICE'],
    ['SS-2', 'SELF_SERVICE'],
    ['PR-1', 'PRINTER'],
  ] as const) {
    ids[assetNo] = (
      await mgr.devices.register({ orgNodeId: hubinId, type, model: 'M', assetNo, installedOn: '2026-03-01' })
    ).id;
  }
});
afterAll(() => t.close());

const at = (china: string) => new Date(`${china}+08:00`);

async function fault(deviceId: string, reported: string, repaired: string) {
  const mgr = await t.as('hubin.mgr');
  t.clock.now = at(reported);
  const { id } = await mgr.faults.report({ deviceId, description: '故障' });
  await mgr.faults.assign({ id, assignee: '王工' });
  t.clock.now = at(repaired);
  await mgr.faults.repair({ id, note: '修好' });
  await mgr.faults.confirm({ id });
}

describe("a month's equipment figures", () => {
  it('faults per month, mean time to repair and self-service availability, in China time', async () => {
    // Reported late on 31 March China time (still March), repaired on 1 April: one hour in each month.
    await fault(ids['SS-1']!, '2026-03-31T23:00:00', '2026-04-01T01:00:00');
    // One terminal down for a whole April day.
    await fault(ids['SS-2']!, '2026-04-10T00:00:00', '2026-04-11T00:00:00');
    await fault(ids['PR-1']!, '2026-04-12T09:00:00', '2026-04-12T12:00:00');
    t.clock.now = at('2026-05-01T10:00:00');

    const sup = await t.as('sc.sup');
    const april = await sup.figures.month({ month: '2026-04' });
    const [hubin] = april.halls;
    expect(hubin).toMatchObject({ orgNodeId: hubinId, devices: 3, faults: 2 });
    // Repaired in April: 120 + 1440 + 180 minutes over three faults.
    expect(hubin!.meanRepairMinutes).toBe(580);
    const selfService = hubin!.byType.find((row) => row.type === 'SELF_SERVICE')!;
    expect(selfService).toMatchObject({ devices: 2, faults: 1 });
    const aprilMinutes = 30 * 24 * 60;
    expect(hubin!.selfServiceAvailability).toBeCloseTo(1 - (60 + 1440) / (2 * aprilMinutes), 10);
    const march = await sup.figures.month({ month: '2026-03' });
    expect(march.halls[0]).toMatchObject({ faults: 1, meanRepairMinutes: null });
  });

  it('counts devices overdue for maintenance, and shows a hall nothing of another', async () => {
    t.clock.now = at('2026-06-05T10:00:00');
    const [hubin] = (await (await t.as('hubin.mgr')).figures.month({ month: '2026-06' })).halls;
    // Installed 1 March, the 90-day cadence ran out on 30 May.
    expect(hubin!.overdueMaintenance).toBe(3);
    expect((await (await t.as('nanxing.mgr')).figures.month({ month: '2026-04' })).halls).toEqual([]);
  });
});
