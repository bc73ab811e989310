import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFaultPhoto } from '../files/fault-photos.ts';
import { ledgerFixture, type LedgerFixture } from '../testing/ledger-fixture.ts';

let t: LedgerFixture;
let terminalId: string;
let printerId: string;

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]);
const photoForm = (deviceId: string, bytes: Uint8Array = JPEG) => {
  const form = new FormData();
  form.set('deviceId', deviceId);
  form.set('file', new File([bytes], '现场.jpg'));
  return form;
};

beforeAll(async () => {
  // 09:00 on 10 May 2026, China time.
  t = await ledgerFixture(new Date('2026-05-10T01:00:00Z'), { forms: true });
  const mgr = await t.as('hubin.mgr');
  const hubin = t.hall('HZ-SC-01');
  const base = { orgNodeId: hubin.id, model: 'M', installedOn: '2026-01-05' };
  terminalId = (await mgr.devices.register({ ...base, type: 'SELF_SERVICE', assetNo: 'HB-SS-01' })).id;
  printerId = (await mgr.devices.register({ ...base, type: 'PRINTER', assetNo: 'HB-PR-01' })).id;
});
afterAll(() => t.close());

describe('a fault (表7) from report to confirmation', () => {
  it('a clerk reports it from a phone with a photo; the device is faulty; only the hall reads the photo', async () => {
    const clerk = await t.as('hubin.clerk');
    const photo = await clerk.faults.uploadPhoto(photoForm(terminalId));
    expect(photo).toMatchObject({ contentType: 'image/jpeg', url: `/api/operations/photos/${photo.id}` });
    const fault = await clerk.faults.report({
      deviceId: terminalId,
      description: '触摸屏无响应',
      photoId: photo.id,
    });
    expect(fault).toMatchObject({ status: 'REPORTED', photoUrl: photo.url, reportedByName: '赵雪' });
    expect((await clerk.devices.get({ id: terminalId })).status).toBe('FAULTY');

    const ctx = async (username: string) => ({
      ...(await t.f.contextOf(username)),
      actor: (await t.f.contextOf(username)).actor!,
    });
    expect(await readFaultPhoto(t.service.deps, await ctx('sc.sup'), photo.id)).not.toBeNull();
    expect(await readFaultPhoto(t.service.deps, await ctx('nanxing.mgr'), photo.id)).toBeNull();
  });

  it('refuses a file that is no photo, and a photo of another hall', async () => {
    const clerk = await t.as('hubin.clerk');
    await expect(
      clerk.faults.uploadPhoto(photoForm(terminalId, new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]))),
    ).rejects.toMatchObject({
      message: '只能上传 JPG、PNG 或 WEBP 照片',
    });
    const nanxing = t.hall('HZ-SC-02');
    const other = await (
      await t.as('nanxing.mgr')
    ).devices.register({
      orgNodeId: nanxing.id,
      type: 'POS',
      model: 'M',
      assetNo: 'NX-POS-01',
      installedOn: '2026-01-05',
    });
    const theirs = await (await t.as('nanxing.mgr')).faults.uploadPhoto(photoForm(other.id));
    await expect(
      clerk.faults.report({ deviceId: printerId, description: '卡纸', photoId: theirs.id }),
    ).rejects.toMatchObject({
      message: '照片不存在或不属于该营业厅，请重新上传',
    });
  });

  it('is assigned and repaired by the manager, confirmed by the hall, each move kept; its down time runs to the repair', async () => {
    const clerk = await t.as('hubin.clerk');
    const mgr = await t.as('hubin.mgr');
    const [fault] = (await mgr.faults.list({ deviceId: terminalId })).items;
    await expect(clerk.faults.assign({ id: fault!.id, assignee: '王工' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(mgr.faults.repair({ id: fault!.id, note: '换屏' })).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '报障单当前为“已报障”，不能登记修复',
    });
    await mgr.faults.assign({ id: fault!.id, assignee: '厂商 王工' });
    t.clock.now = new Date('2026-05-10T04:30:00Z');
    const repaired = await mgr.faults.repair({ id: fault!.id, note: '更换触摸屏' });
    expect(repaired).toMatchObject({ status: 'REPAIRED', downMinutes: 210 });
    await expect(clerk.faults.confirm({ id: fault!.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });

    // Still broken: sent back, the down time runs on until the next repair.
    t.clock.now = new Date('2026-05-10T05:00:00Z');
    expect(await mgr.faults.reopen({ id: fault!.id, note: '仍然黑屏' })).toMatchObject({
      status: 'ASSIGNED',
      downMinutes: 240,
    });
    t.clock.now = new Date('2026-05-10T06:00:00Z');
    await mgr.faults.repair({ id: fault!.id, note: '更换主板' });
    t.clock.now = new Date('2026-05-10T07:00:00Z');
    const confirmed = await (await t.as('hubin.duty')).faults.confirm({ id: fault!.id });
    expect(confirmed).toMatchObject({ status: 'CONFIRMED', downMinutes: 300 });
    const detail = await mgr.faults.get({ id: fault!.id });
    expect(detail.steps.map((s) => s.status)).toEqual([
      'REPORTED',
      'ASSIGNED',
      'REPAIRED',
      'ASSIGNED',
      'REPAIRED',
      'CONFIRMED',
    ]);
    expect((await mgr.devices.get({ id: terminalId })).status).toBe('IN_USE');
  });
});

describe('when the fault began (故障发生时间)', () => {
  it('the down time runs from the time the clerk names; not in the future, not over a week back', async () => {
    const clerk = await t.as('hubin.clerk');
    const pos = await (
      await t.as('hubin.mgr')
    ).devices.register({
      orgNodeId: t.hall('HZ-SC-01').id,
      type: 'POS',
      model: 'A8',
      assetNo: 'HB-POS-05',
      installedOn: '2026-01-05',
    });
    const now = t.clock.now.getTime();
    const ago = (minutes: number) => new Date(now - minutes * 60_000);
    const fault = await clerk.faults.report({
      deviceId: pos.id,
      description: '刷卡无反应',
      occurredAt: ago(90),
    });
    expect(fault).toMatchObject({ occurredAt: ago(90), downMinutes: 90 });
    await expect(
      clerk.faults.report({ deviceId: pos.id, description: '又坏了', occurredAt: ago(-5) }),
    ).rejects.toMatchObject({ message: '故障发生时间不能晚于现在' });
    await expect(
      clerk.faults.report({ deviceId: pos.id, description: '又坏了', occurredAt: ago(8 * 24 * 60) }),
    ).rejects.toMatchObject({ message: '故障发生时间最早为 7 天前；更早的故障请在说明中写明' });
  });
});

describe('replacement and scrap', () => {
  it('a device with an open fault cannot be scrapped: a clear message', async () => {
    const mgr = await t.as('hubin.mgr');
    await (await t.as('hubin.clerk')).faults.report({ deviceId: printerId, description: '卡纸' });
    await expect(
      mgr.retirements.request({ deviceId: printerId, kind: 'SCRAP', reason: '老化' }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '该设备还有未关闭的报障单（1 张），请先修复并确认后再报废',
    });
  });

  // Decided in the forms area's approval engine: the district supervisor acts on the approval the request started,
  // and its outcome comes back to operations as the event bus would bring it.
  const decide = async (
    username: string,
    request: { approvalInstanceId: string | null },
    approve: boolean,
  ) => {
    const forms = t.forms!.router.createCaller(await t.f.contextOf(username));
    const approval = await forms.approvals.get({ instanceId: request.approvalInstanceId! });
    const taskId = approval.myTasks[0]!.taskId;
    await forms.approvals.act(
      approve
        ? { action: 'APPROVE', taskId, comment: '同意' }
        : { action: 'REJECT', taskId, comment: '再用一年' },
    );
    await t.deliverApprovals();
  };

  it('nor scrapped when a fault was raised after the request: approved, it is turned down saying why', async () => {
    const mgr = await t.as('hubin.mgr');
    const request = await mgr.retirements.request({
      deviceId: terminalId,
      kind: 'SCRAP',
      reason: '屏幕老化',
    });
    expect(request).toMatchObject({ status: 'PENDING', approvalInstanceId: expect.any(String) });
    await (await t.as('hubin.clerk')).faults.report({ deviceId: terminalId, description: '无法开机' });
    await decide('sc.sup', request, true);
    const [after] = (await mgr.retirements.list()).filter((r) => r.id === request.id);
    expect(after).toMatchObject({ status: 'REJECTED', blockedByFault: true, comment: '' });
    const device = await mgr.devices.get({ id: terminalId });
    expect(device.status).toBe('FAULTY');
    expect(
      device.events.find((e) => e.kind.startsWith('RETIREMENT_') && e.kind !== 'RETIREMENT_REQUESTED'),
    ).toMatchObject({
      kind: 'RETIREMENT_BLOCKED',
      note: '',
    });
  });

  it('nor replaced, asked or approved: its faults are closed first, never left open on a replaced device', async () => {
    const mgr = await t.as('hubin.mgr');
    const replace =
      '该设备还有未关闭的报障单（1 张），请先修复并确认后再更换（无法修复的，由维修人在维修说明中写明）';
    await expect(
      mgr.retirements.request({ deviceId: printerId, kind: 'REPLACE', reason: '老化' }),
    ).rejects.toMatchObject({ code: 'CONFLICT', message: replace });
    const pos = await mgr.devices.register({
      orgNodeId: t.hall('HZ-SC-01').id,
      type: 'POS',
      model: 'A8',
      assetNo: 'HB-POS-09',
      installedOn: '2026-01-05',
    });
    const request = await mgr.retirements.request({ deviceId: pos.id, kind: 'REPLACE', reason: '型号停产' });
    await (await t.as('hubin.clerk')).faults.report({ deviceId: pos.id, description: '刷卡无反应' });
    await decide('sc.sup', request, true);
    expect((await mgr.devices.get({ id: pos.id })).status).toBe('FAULTY');
  });

  it('is asked once at a time, and turned down by the district, stays in service', async () => {
    const mgr = await t.as('hubin.mgr');
    const pos = await mgr.devices.register({
      orgNodeId: t.hall('HZ-SC-01').id,
      type: 'POS',
      model: 'A8',
      assetNo: 'HB-POS-10',
      installedOn: '2026-01-05',
    });
    const request = await mgr.retirements.request({ deviceId: pos.id, kind: 'REPLACE', reason: '型号停产' });
    await expect(
      mgr.retirements.request({ deviceId: pos.id, kind: 'SCRAP', reason: '再报一次' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    await decide('sc.sup', request, false);
    const device = await mgr.devices.get({ id: pos.id });
    expect(device.status).toBe('IN_USE');
    expect(device.retirements[0]).toMatchObject({ status: 'REJECTED', decidedByName: '刘海涛' });
    expect(device.events.map((e) => e.kind)).toContain('RETIREMENT_REJECTED');
  });

  it('the district approves in its approvals, not another hall nor the asker; a scrapped device takes no more faults', async () => {
    const mgr = await t.as('hubin.mgr');
    const [fault] = (await mgr.faults.list({ deviceId: terminalId, status: 'REPORTED' })).items;
    await mgr.faults.assign({ id: fault!.id, assignee: '王工' });
    await mgr.faults.repair({ id: fault!.id, note: '检测' });
    await mgr.faults.confirm({ id: fault!.id });
    const request = await mgr.retirements.request({
      deviceId: terminalId,
      kind: 'SCRAP',
      reason: '屏幕老化',
    });
    const formsAs = async (username: string) => t.forms!.router.createCaller(await t.f.contextOf(username));
    await expect(
      (await formsAs('nanxing.mgr')).approvals.get({ instanceId: request.approvalInstanceId! }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(
      (await (await formsAs('hubin.mgr')).approvals.get({ instanceId: request.approvalInstanceId! })).myTasks,
    ).toEqual([]);
    const waiting = await (await formsAs('sc.sup')).approvals.pending({});
    expect(waiting.items.map((item) => item.subjectId)).toContain(request.id);
    await decide('sc.sup', request, true);
    // The same outcome delivered again changes nothing.
    await t.deliverApprovals();
    const [after] = (await mgr.retirements.list()).filter((r) => r.id === request.id);
    expect(after).toMatchObject({ status: 'APPROVED', decidedByName: '刘海涛' });
    const device = await mgr.devices.get({ id: terminalId });
    expect(device).toMatchObject({ status: 'SCRAPPED', maintenance: null });
    expect(device.events.filter((e) => e.kind === 'RETIREMENT_APPROVED')).toHaveLength(1);
    await expect(
      (await t.as('hubin.clerk')).faults.report({ deviceId: terminalId, description: 'x' }),
    ).rejects.toMatchObject({
      message: '该设备已更换或报废，不能再操作',
    });
  });
});
