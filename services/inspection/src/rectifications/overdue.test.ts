import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CITY_STANDARD_CHECKLIST } from '../domain/index.ts';
import { rectificationOverdue } from '../events/domain-events.ts';
import { inspectionEvents } from '../events/service-events.ts';
import { inspectionFixture, uploadPhoto, type InspectionFixture, submitVisit } from '../testing/fixture.ts';

describe('the overdue job (超期标记)', () => {
  let f: InspectionFixture;
  const orders: { id: string; severity: string; deadline: Date; hallName: string; itemTitle: string }[] = [];
  beforeAll(async () => {
    f = await inspectionFixture();
    // Two failed items: one order the hall will answer in time, one it lets run late.
    const failing = CITY_STANDARD_CHECKLIST.sections
      .flatMap((s) => s.items)
      .filter((i) => i.scoringMode === 'PASS_FAIL')
      .slice(0, 2)
      .map((i) => [i.code, '现场发现问题']);
    const { id } = await submitVisit(f, 'sc.sup', f.hall('HZ-SC-01').id, Object.fromEntries(failing));
    orders.push(
      ...(await f.inspection.prisma.rectificationOrder.findMany({
        where: { inspectionId: id },
        orderBy: { itemCode: 'asc' },
      })),
    );
  });
  afterAll(() => f.close());

  const job = () => inspectionEvents(f.inspection.deps).jobs!.find((j) => j.name === 'mark-overdue-orders')!;
  const run = () => job().run({ id: crypto.randomUUID(), firedAt: f.clock.now, attempt: 1 });
  const overdueEvents = async () =>
    (await f.inspection.prisma.outboxEvent.findMany({ where: { type: rectificationOverdue.type } })).map(
      (e) => rectificationOverdue.schema.parse(e.payload),
    );

  it('is scheduled on China time', () => {
    expect(job()).toMatchObject({ cron: '1 * * * *', timeZone: 'Asia/Shanghai' });
  });

  it('marks nothing before a deadline has passed', async () => {
    await run();
    expect(await overdueEvents()).toEqual([]);
  });

  it('marks an order the hall let run late and emits rectification.overdue once, however often it runs', async () => {
    const [late, answered] = orders as [(typeof orders)[0], (typeof orders)[0]];
    const manager = await f.as('hubin.mgr');
    const evidence = await uploadPhoto(manager, f.hall('HZ-SC-01').id);
    await manager.rectifications.respond({ id: answered.id, measures: '已整改', photoIds: [evidence.id] });
    const lastDeadline = Math.max(late.deadline.getTime(), answered.deadline.getTime());
    f.clock.now = new Date(lastDeadline + 60 * 60 * 1000);

    await Promise.all([run(), run()]);
    await run();

    const marked = await f.inspection.prisma.rectificationOrder.findMany({
      where: { id: { in: [late.id, answered.id] } },
      select: { id: true, overdueAt: true },
    });
    expect(Object.fromEntries(marked.map((o) => [o.id, o.overdueAt]))).toEqual({
      [late.id]: f.clock.now,
      [answered.id]: null,
    });
    expect(await overdueEvents()).toEqual([
      expect.objectContaining({
        orderId: late.id,
        severity: late.severity,
        deadline: late.deadline.toISOString(),
        markedAt: f.clock.now.toISOString(),
        hallName: late.hallName,
        itemTitle: late.itemTitle,
      }),
    ]);
    // Reads agree with the job: the late order is the one the overdue list shows.
    const listed = await manager.rectifications.list({ page: 1, pageSize: 10, overdue: true });
    expect(listed.items.map((o) => [o.id, o.overdue])).toEqual([[late.id, true]]);
  });
});
