import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerFixture, type LedgerFixture } from '../testing/ledger-fixture.ts';

let t: LedgerFixture;
let cityId: string;

beforeAll(async () => {
  t = await ledgerFixture(new Date('2026-05-10T02:00:00Z'));
  cityId = t.f.seeded.cityId;
  await (
    await t.as('hubin.mgr')
  ).devices.register({
    orgNodeId: t.hall('HZ-SC-01').id,
    type: 'PRINTER',
    model: '票据打印机',
    assetNo: 'HB-PR-01',
    installedOn: '2026-04-01',
  });
});
afterAll(() => t.close());

const printerDue = async () => (await (await t.as('hubin.mgr')).devices.list({})).items[0]!.maintenance;

describe('the maintenance cadence, a city setting', () => {
  it("reads the caller's city, 90 days for a type the city has not set; only the city may set it", async () => {
    const mgr = await (await t.as('hubin.mgr')).maintenance.cadences();
    expect(mgr).toMatchObject({ cityNodeId: cityId, mayManage: false, cadences: { PRINTER: 90 } });
    expect(await printerDue()).toEqual({ dueOn: '2026-06-30', state: 'OK' });
    const city = await (await t.as('city.sup')).maintenance.cadences();
    expect(city).toMatchObject({ cityNodeId: cityId, mayManage: true });

    const set = await (
      await t.as('city.sup')
    ).maintenance.setCadence({ cityNodeId: cityId, type: 'PRINTER', days: 30 });
    expect(set.cadences).toMatchObject({ PRINTER: 30, POS: 90 });
    // The hall's printer follows its city's cadence: installed 1 April, due 1 May, overdue on 10 May.
    expect(await printerDue()).toEqual({ dueOn: '2026-05-01', state: 'OVERDUE' });
  });

  it('a district or a hall cannot change it, not even for its own node', async () => {
    const refused = {
      code: 'FORBIDDEN',
      message: '维护周期由市公司统一设置，区县和营业厅不能修改',
    };
    const district = t.f.seeded.districts[0]!;
    for (const [username, cityNodeId] of [
      ['sc.sup', cityId],
      ['sc.sup', district.id],
      ['hubin.mgr', cityId],
      ['hubin.mgr', t.hall('HZ-SC-01').id],
      // The city's supervisor reaches the districts too, but a district sets no cadence of its own.
      ['city.sup', district.id],
    ] as const) {
      await expect(
        (await t.as(username)).maintenance.setCadence({ cityNodeId, type: 'PRINTER', days: 7 }),
      ).rejects.toMatchObject(refused);
    }
    expect((await (await t.as('sc.sup')).maintenance.cadences()).cadences.PRINTER).toBe(30);
  });
});
