import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CITY_STANDARD_CHECKLIST } from '../domain/index.ts';
import {
  inspectionFixture,
  perfectResults,
  uploadPhoto,
  type InspectionFixture,
  submitVisit,
} from '../testing/fixture.ts';

describe('rectification to closure (闭环管理)', () => {
  let f: InspectionFixture;
  let orderId: string;
  let evidence: string;
  beforeAll(async () => {
    f = await inspectionFixture();
    const hubin = f.hall('HZ-SC-01').id;
    const needsPhoto = CITY_STANDARD_CHECKLIST.sections
      .flatMap((s) => s.items)
      .find((i) => i.photoRequired && i.scoringMode === 'PASS_FAIL')!;
    const { id } = await submitVisit(f, 'sc.sup', hubin, { [needsPhoto.code]: '等候区地面有水渍' });
    orderId = (await f.inspection.prisma.rectificationOrder.findFirstOrThrow({ where: { inspectionId: id } }))
      .id;
    evidence = (await uploadPhoto(await f.as('hubin.mgr'), hubin)).id;
  });
  afterAll(() => f.close());

  it('goes hall answers → inspector sends back → hall answers again → inspector accepts, keeping every step', async () => {
    const manager = await f.as('hubin.mgr');
    const inspector = await f.as('sc.sup');
    await expect(
      manager.rectifications.respond({ id: orderId, measures: '已拖干', photoIds: [] }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: expect.stringContaining('拍照') });
    await manager.rectifications.respond({ id: orderId, measures: '已拖干', photoIds: [evidence] });
    await expect(manager.rectifications.accept({ id: orderId })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await expect(inspector.rectifications.rejectBack({ id: orderId, reason: '' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await inspector.rectifications.rejectBack({ id: orderId, reason: '照片看不出整改效果' });
    await manager.rectifications.respond({
      id: orderId,
      measures: '已铺防滑垫并安排专人巡查',
      photoIds: [evidence],
    });
    await inspector.rectifications.accept({ id: orderId, comment: '复查合格' });
    const order = await manager.rectifications.get({ id: orderId });
    expect(order).toMatchObject({ status: 'ACCEPTED', attempt: 2, overdue: false });
    expect(order.history.map((h) => h.action)).toEqual([
      'ISSUE',
      'RESPOND',
      'REJECT_BACK',
      'RESPOND',
      'ACCEPT',
    ]);
    await expect(
      manager.rectifications.respond({ id: orderId, measures: 'x', photoIds: [evidence] }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it('shows an order overdue and escalated once the hall has let its deadline pass', async () => {
    const supervisor = await f.as('sc.sup');
    const hubin = f.hall('HZ-SC-01').id;
    const photo = await uploadPhoto(supervisor, hubin);
    const { id } = await supervisor.inspections.start({
      clientKey: crypto.randomUUID(),
      hallId: hubin,
      kind: 'MONTHLY_VISIT',
      templateId: f.templates.standardId,
    });
    await supervisor.inspections.submit({
      id,
      results: perfectResults(CITY_STANDARD_CHECKLIST, photo.id).map((r) =>
        r.itemCode === 'A01' ? { ...r, outcome: 'FAIL' as const } : r,
      ),
    });
    f.clock.now = new Date(f.clock.now.getTime() + 20 * 86_400_000);
    const overdue = await supervisor.rectifications.list({ page: 1, pageSize: 10, overdue: true });
    expect(overdue.items).toEqual([
      expect.objectContaining({
        itemCode: 'A01',
        overdue: true,
        escalation: expect.objectContaining({ level: 2 }),
      }),
    ]);
    const all = await supervisor.rectifications.list({ page: 1, pageSize: 10 });
    expect(all.items.map((o) => o.status)).toEqual(['OPEN', 'ACCEPTED']);
    const dashboard = await (await f.as('city.sup')).dashboard({ month: '2026-11' });
    expect(dashboard.rectification.overdueList.map((o) => o.itemTitle)).toContain(
      overdue.items[0]!.itemTitle,
    );
  });

  it('lists under 只看待我验证 only the answered orders whose verifier is the caller', async () => {
    const hubin = f.hall('HZ-SC-01').id;
    const { id } = await submitVisit(f, 'sc.sup', hubin, { A01: '一名员工未佩戴工牌' });
    const order = await f.inspection.prisma.rectificationOrder.findFirstOrThrow({
      where: { inspectionId: id },
    });
    await (
      await f.as('hubin.mgr')
    ).rectifications.respond({
      id: order.id,
      measures: '已重新整理',
      photoIds: [evidence],
    });
    const toVerify = { page: 1, pageSize: 10, toVerify: true };
    const mine = await (await f.as('sc.sup')).rectifications.list(toVerify);
    expect(mine.items.map((o) => o.id)).toEqual([order.id]);
    // The city supervisor may verify in every hall of the city, but this order waits for 刘海涛, not for her.
    const theirs = await (await f.as('city.sup')).rectifications.list(toVerify);
    expect(theirs).toMatchObject({ items: [], total: 0 });
  });

  it('lists the orders one inspection raised, for the link on its detail', async () => {
    const hubin = f.hall('HZ-SC-01').id;
    const { id } = await submitVisit(f, 'sc.sup', hubin, { A01: '工牌未佩戴', B01: '地面有水渍' });
    const raised = await (
      await f.as('hubin.mgr')
    ).rectifications.list({ page: 1, pageSize: 10, inspectionId: id });
    expect(raised.items.map((o) => [o.inspectionId, o.itemCode]).sort()).toEqual([
      [id, 'A01'],
      [id, 'B01'],
    ]);
  });

  it('keeps other halls out of an order', async () => {
    await expect((await f.as('nanxing.mgr')).rectifications.get({ id: orderId })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
