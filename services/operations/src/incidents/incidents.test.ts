import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { outagePlan } from '../plans/outage-plan.testing.ts';
import { ledgerFixture, type LedgerFixture } from '../testing/ledger-fixture.ts';

let t: LedgerFixture;
let planId: string;
let incidentId: string;

const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46]);
const photoForm = (incident: string) => {
  const form = new FormData();
  form.set('incidentId', incident);
  form.set('file', new File([JPEG], '现场.jpg'));
  return form;
};
const kinds = async (username: string) =>
  (await (await t.as(username)).pending.mine({})).items.map((item) => item.id);

beforeAll(async () => {
  // 10:00 on 10 May 2026, China time.
  t = await ledgerFixture(new Date('2026-05-10T02:00:00Z'));
  planId = (await outagePlan(t)).plan.id;
});
afterAll(() => t.close());

describe('an incident on the hall’s plan: the live checklist', () => {
  it('the duty manager starts it; the checklist is the plan’s steps, nothing ticked', async () => {
    const duty = await t.as('hubin.duty');
    incidentId = (await duty.incidents.start({ planId, mode: 'INCIDENT', level: 1 })).id;
    const incident = await duty.incidents.get({ id: incidentId });
    expect(incident).toMatchObject({
      mode: 'INCIDENT',
      status: 'OPEN',
      level: 1,
      escalatedAt: null,
      progress: { done: 0, total: 3, complete: false },
      mayRun: true,
    });
    expect(incident.steps.map((step) => step.role)).toEqual(['duty_manager', 'clerk', 'manager_assistant']);
    await expect(
      (await t.as('hubin.clerk')).incidents.start({ planId, mode: 'INCIDENT', level: 1 }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('a step is ticked with time and person, once: a second tick is refused naming who ticked it when', async () => {
    const duty = await t.as('hubin.duty');
    const ticked = await duty.incidents.tick({ id: incidentId, order: 1 });
    expect(ticked.steps[0]).toMatchObject({ doneAt: t.clock.now, doneByName: expect.any(String) });
    const by = ticked.steps[0]!.doneByName!;
    t.clock.now = new Date(t.clock.now.getTime() + 60_000);
    await expect(
      (await t.as('hubin.mgr')).incidents.tick({ id: incidentId, order: 1 }),
    ).rejects.toMatchObject({
      code: 'CONFLICT',
      message: `第 1 步已由 ${by} 于 05/10 10:00 勾选完成，不能重复勾选`,
    });
    await expect(duty.incidents.tick({ id: incidentId, order: 9 })).rejects.toMatchObject({
      message: '预案中没有第 9 步',
    });
    await expect(
      (await t.as('hubin.clerk')).incidents.tick({ id: incidentId, order: 2 }),
    ).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('keeps notes with the hall’s photos; a photo of another hall is refused', async () => {
    const duty = await t.as('hubin.duty');
    const photo = await duty.incidents.uploadPhoto(photoForm(incidentId));
    const noted = await duty.incidents.note({ id: incidentId, text: '已张贴告示', photoId: photo.id });
    expect(noted.notes.at(-1)).toMatchObject({ text: '已张贴告示', photoUrl: photo.url });
    const nanxing = await t.as('nanxing.mgr');
    await expect(nanxing.incidents.uploadPhoto(photoForm(incidentId))).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const [template] = (await nanxing.plans.templates({})).items;
    const theirPlan = await nanxing.plans.adopt({
      templateId: template!.id,
      orgNodeId: t.hall('HZ-SC-02').id,
    });
    const theirIncident = await nanxing.incidents.start({ planId: theirPlan.id, mode: 'INCIDENT', level: 1 });
    const theirPhoto = await nanxing.incidents.uploadPhoto(photoForm(theirIncident.id));
    await expect(
      duty.incidents.note({ id: incidentId, text: '借用照片', photoId: theirPhoto.id }),
    ).rejects.toMatchObject({ message: '照片不存在或不属于该营业厅，请重新上传' });
    await expect(duty.incidents.note({ id: incidentId, text: '' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('operations.contingency.noteRequired'),
    });
  });

  it('raised to the plan’s level it goes up to the district: a to-do of 上城区 until it takes it up', async () => {
    const duty = await t.as('hubin.duty');
    await expect(duty.incidents.escalate({ id: incidentId, level: 1 })).rejects.toMatchObject({
      message: '事件已是一般（三级），只能升级到更高的级别',
    });
    const raised = await duty.incidents.escalate({ id: incidentId, level: 2 });
    expect(raised).toMatchObject({ level: 2, escalatedAt: t.clock.now, acknowledgedAt: null });
    expect(await kinds('sc.sup')).toContain(`operations.incident.escalated.${incidentId}`);
    expect(await kinds('xh.sup')).not.toContain(`operations.incident.escalated.${incidentId}`);
    expect(await kinds('hubin.duty')).toContain(`operations.incident.open.${incidentId}`);

    const supervisor = await t.as('sc.sup');
    expect((await supervisor.incidents.get({ id: incidentId })).mayAcknowledge).toBe(true);
    await expect(duty.incidents.acknowledge({ id: incidentId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await supervisor.incidents.acknowledge({ id: incidentId });
    expect(await kinds('sc.sup')).not.toContain(`operations.incident.escalated.${incidentId}`);
    await expect(supervisor.incidents.acknowledge({ id: incidentId })).rejects.toMatchObject({
      message: '该事件没有待区县确认的上报',
    });
  });

  it('closes with a short review; nothing changes after', async () => {
    const duty = await t.as('hubin.duty');
    await expect(duty.incidents.close({ id: incidentId, review: ' ' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    t.clock.now = new Date(t.clock.now.getTime() + 25 * 60_000);
    const closed = await duty.incidents.close({
      id: incidentId,
      review: '系统 25 分钟后恢复，手工登记 12 笔已补录',
    });
    expect(closed).toMatchObject({ status: 'CLOSED', minutes: 26, mayRun: false });
    await expect(duty.incidents.tick({ id: incidentId, order: 2 })).rejects.toMatchObject({
      message: '该事件已结束，不能再修改',
    });
    expect(await kinds('hubin.duty')).not.toContain(`operations.incident.open.${incidentId}`);
  });

  it('a hall sees only its own incidents, a district its halls’', async () => {
    const ids = async (username: string) =>
      (await (await t.as(username)).incidents.list({})).items.map((one) => one.id);
    expect(await ids('hubin.clerk')).toEqual([incidentId]);
    expect(await ids('sc.sup')).toHaveLength(2);
    expect(await ids('sc.sup')).toContain(incidentId);
    expect(await ids('nanxing.mgr')).not.toContain(incidentId);
    expect(await ids('nanxing.mgr')).toHaveLength(1);
    expect(await ids('xh.sup')).toEqual([]);
    await expect((await t.as('xh.sup')).incidents.get({ id: incidentId })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
  });
});
