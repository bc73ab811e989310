import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerFixture, type LedgerFixture } from '../testing/ledger-fixture.ts';

let t: LedgerFixture;
let posId: string;

beforeAll(async () => {
  // 10:00 on 1 April 2026, China time.
  t = await ledgerFixture(new Date('2026-04-01T02:00:00Z'));
  const hubin = t.hall('HZ-SC-01');
  // Installed 85 days ago: with the default 90-day cadence, due in 5 days.
  posId = (
    await (
      await t.as('hubin.mgr')
    ).devices.register({
      orgNodeId: hubin.id,
      type: 'POS',
      model: 'A8',
      assetNo: 'HB-POS-01',
      installedOn: '2026-01-06',
    })
  ).id;
});
afterAll(() => t.close());

const kindsOf = async (username: string) =>
  (await (await t.as(username)).pending.mine({})).items.map((item) => `${item.kind} ${item.route.path}`);

describe("the ledger's to-dos", () => {
  it("a device due for maintenance is a to-do for its hall's managers, not its clerk nor the district", async () => {
    expect(await kindsOf('hubin.mgr')).toEqual([`maintenance.due devices?device=${posId}`]);
    expect(await kindsOf('hubin.duty')).toEqual([`maintenance.due devices?device=${posId}`]);
    expect(await kindsOf('hubin.clerk')).toEqual([]);
    expect(await kindsOf('sc.sup')).toEqual([]);
  });

  it('counts as overdue after its date and disappears once maintained', async () => {
    t.clock.now = new Date('2026-04-07T02:00:00Z');
    const mgr = await t.as('hubin.mgr');
    expect(await mgr.pending.mine({})).toMatchObject({ total: 1, overdue: 1 });
    await mgr.devices.maintain({ id: posId });
    expect(await kindsOf('hubin.mgr')).toEqual([]);
  });

  it('a fault waits on the hall until repaired, then for its confirmation', async () => {
    const fault = await (
      await t.as('hubin.clerk')
    ).faults.report({ deviceId: posId, description: '刷卡无反应' });
    expect(await kindsOf('hubin.mgr')).toEqual([`fault.repair faults?fault=${fault.id}`]);
    const mgr = await t.as('hubin.mgr');
    await mgr.faults.assign({ id: fault.id, assignee: '王工' });
    await mgr.faults.repair({ id: fault.id, note: '更换读卡模块' });
    expect(await kindsOf('hubin.mgr')).toEqual([`fault.confirm faults?fault=${fault.id}`]);
    await mgr.faults.confirm({ id: fault.id });
    expect(await kindsOf('hubin.mgr')).toEqual([]);
  });
});
