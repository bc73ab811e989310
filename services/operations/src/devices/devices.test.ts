import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerFixture, type LedgerFixture } from '../testing/ledger-fixture.ts';

let t: LedgerFixture;
let hubin: { id: string; name: string };
let nanxing: { id: string; name: string };

beforeAll(async () => {
  t = await ledgerFixture(new Date('2026-05-10T02:00:00Z'));
  hubin = t.hall('HZ-SC-01');
  nanxing = t.hall('HZ-SC-02');
  const hubinMgr = await t.as('hubin.mgr');
  const nanxingMgr = await t.as('nanxing.mgr');
  const device = (orgNodeId: string, type: 'POS' | 'SELF_SERVICE' | 'PRINTER', assetNo: string) => ({
    orgNodeId,
    type,
    model: `${type} 型号`,
    assetNo,
    location: '大厅',
    installedOn: '2026-01-05',
  });
  await hubinMgr.devices.register(device(hubin.id, 'SELF_SERVICE', 'HB-SS-01'));
  await hubinMgr.devices.register(device(hubin.id, 'SELF_SERVICE', 'HB-SS-02'));
  await hubinMgr.devices.register(device(hubin.id, 'POS', 'HB-POS-01'));
  await nanxingMgr.devices.register(device(nanxing.id, 'PRINTER', 'NX-PR-01'));
});
afterAll(() => t.close());

const assetNos = (page: { items: { assetNo: string }[] }) => page.items.map((d) => d.assetNo).sort();

describe('who sees which devices', () => {
  it('a hall sees only its own devices', async () => {
    expect(assetNos(await (await t.as('hubin.clerk')).devices.list({}))).toEqual([
      'HB-POS-01',
      'HB-SS-01',
      'HB-SS-02',
    ]);
    expect(assetNos(await (await t.as('nanxing.mgr')).devices.list({}))).toEqual(['NX-PR-01']);
  });

  it("a district sees its halls' devices, another district none of them", async () => {
    expect(assetNos(await (await t.as('sc.sup')).devices.list({ pageSize: 200 }))).toEqual([
      'HB-POS-01',
      'HB-SS-01',
      'HB-SS-02',
      'NX-PR-01',
    ]);
    expect((await (await t.as('xh.sup')).devices.list({})).total).toBe(0);
  });

  it("another hall's device reads as not found, and a filter on another hall gives nothing", async () => {
    const [printer] = (await (await t.as('sc.sup')).devices.list({ q: 'NX-PR' })).items;
    await expect((await t.as('hubin.mgr')).devices.get({ id: printer!.id })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    expect((await (await t.as('hubin.mgr')).devices.list({ orgNodeId: nanxing.id })).total).toBe(0);
  });
});

describe('the ledger list', () => {
  it('filters by type and text and pages on the server', async () => {
    const sup = await t.as('sc.sup');
    expect(assetNos(await sup.devices.list({ type: 'SELF_SERVICE' }))).toEqual(['HB-SS-01', 'HB-SS-02']);
    expect(assetNos(await sup.devices.list({ q: 'pos' }))).toEqual(['HB-POS-01']);
    const second = await sup.devices.list({ pageSize: 3, page: 2 });
    expect(second).toMatchObject({ total: 4, page: 2 });
    expect(second.items).toHaveLength(1);
  });

  it('shows when each device is next maintained (cadence from its installation, 90 days by default)', async () => {
    const [pos] = (await (await t.as('hubin.mgr')).devices.list({ q: 'HB-POS' })).items;
    expect(pos!.maintenance).toEqual({ dueOn: '2026-04-05', state: 'OVERDUE' });
  });
});

describe('registering and maintaining', () => {
  it('refuses an asset number already in the ledger, and a device outside a hall', async () => {
    const sup = await t.as('sc.sup');
    const base = { type: 'POS' as const, model: 'X', installedOn: '2026-01-01' };
    await expect(
      sup.devices.register({ ...base, orgNodeId: hubin.id, assetNo: 'NX-PR-01' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '资产编号 NX-PR-01 已在台账中',
    });
    const district = t.f.seeded.districts[0]!;
    await expect(
      sup.devices.register({ ...base, orgNodeId: district.id, assetNo: 'SC-1' }),
    ).rejects.toMatchObject({
      message: '设备只能登记在营业厅下',
    });
  });

  it('a clerk may not register; maintaining today restarts the cadence and is in the history', async () => {
    await expect(
      (await t.as('hubin.clerk')).devices.register({
        orgNodeId: hubin.id,
        type: 'POS',
        model: 'X',
        assetNo: 'HB-X',
        installedOn: '2026-01-01',
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const mgr = await t.as('hubin.mgr');
    const [pos] = (await mgr.devices.list({ q: 'HB-POS' })).items;
    // 2026-05-10 17:00 UTC is already 01:00 on 11 May in China.
    t.clock.now = new Date('2026-05-10T17:00:00Z');
    const maintained = await mgr.devices.maintain({ id: pos!.id, note: '清洁读卡器' });
    expect(maintained.maintenance).toEqual({ dueOn: '2026-08-09', state: 'OK' });
    const detail = await mgr.devices.get({ id: pos!.id });
    expect(detail.events.map((e) => e.kind)).toEqual(['MAINTAINED', 'REGISTERED']);
  });
});

describe('editing a device', () => {
  it("the hall's manager corrects its facts, in the history; never another's asset number; not a clerk", async () => {
    const mgr = await t.as('hubin.mgr');
    const [terminal] = (await mgr.devices.list({ q: 'HB-SS-01' })).items;
    const facts = {
      type: 'SELF_SERVICE' as const,
      model: '华为 SSM-900',
      location: '自助区A',
      installedOn: '2026-01-06',
    };
    const edited = await mgr.devices.edit({ id: terminal!.id, ...facts, assetNo: 'HB-SS-01A' });
    expect(edited).toMatchObject({ ...facts, assetNo: 'HB-SS-01A', orgNodeId: hubin.id });
    expect((await mgr.devices.get({ id: terminal!.id })).events[0]).toMatchObject({ kind: 'EDITED' });
    await expect(mgr.devices.edit({ id: terminal!.id, ...facts, assetNo: 'HB-SS-02' })).rejects.toMatchObject(
      { code: 'CONFLICT', message: '资产编号 HB-SS-02 已在台账中' },
    );
    await expect(
      (await t.as('hubin.clerk')).devices.edit({ id: terminal!.id, ...facts, assetNo: 'HB-SS-01B' }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(
      (await t.as('nanxing.mgr')).devices.edit({ id: terminal!.id, ...facts, assetNo: 'HB-SS-01B' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
