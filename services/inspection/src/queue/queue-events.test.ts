import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueWarningAcknowledged, queueWarningRaised } from '../events/domain-events.ts';
import { seedQueue } from '../seed/queue.ts';
import { inspectionFixture, type InspectionFixture } from '../testing/fixture.ts';

describe('queue warnings in the outbox (queue.warning.raised / .acknowledged)', () => {
  let f: InspectionFixture;
  beforeAll(async () => {
    f = await inspectionFixture();
  });
  afterAll(() => f.close());

  const outbox = (type: string) =>
    f.inspection.prisma.outboxEvent.findMany({ where: { type }, orderBy: { occurredAt: 'asc' } });

  it('announces each reading that raises a warning with the reading, and none for a calm one', async () => {
    const duty = await f.as('hubin.duty');
    const hubin = f.hall('HZ-SC-01');
    await duty.queue.report({ hallId: hubin.id, openCounters: 4, waitingCustomers: 9, source: 'manual' });
    expect(await outbox('queue.warning.raised')).toEqual([]);

    const first = await duty.queue.report({
      hallId: hubin.id,
      openCounters: 4,
      waitingCustomers: 10,
      source: 'manual',
    });
    const second = await duty.queue.report({
      hallId: hubin.id,
      openCounters: 4,
      waitingCustomers: 14,
      source: 'machine',
    });
    const events = await outbox('queue.warning.raised');
    expect(events.map((e) => queueWarningRaised.schema.parse(e.payload))).toEqual([
      expect.objectContaining({ warningId: first.id, level: 1 }),
      {
        warningId: second.id,
        hallId: hubin.id,
        hallName: hubin.name,
        districtId: f.district('HZ-SC').id,
        cityId: f.seeded.cityId,
        level: 2,
        waitingCustomers: 14,
        openCounters: 4,
        at: f.clock.now.toISOString(),
        acknowledgedAt: null,
      },
    ]);
  });

  it('tells once that a warning was dealt with, however often it is acknowledged', async () => {
    const [raised] = (await outbox('queue.warning.raised')).map((e) =>
      queueWarningRaised.schema.parse(e.payload),
    );
    const manager = await f.as('hubin.mgr');
    await manager.queue.acknowledge({ id: raised!.warningId });
    await manager.queue.acknowledge({ id: raised!.warningId });
    const events = await outbox('queue.warning.acknowledged');
    expect(events.map((e) => queueWarningAcknowledged.schema.parse(e.payload))).toEqual([
      { ...raised, acknowledgedAt: f.clock.now.toISOString() },
    ]);
  });

  it('records neither reading nor event when the caller may not report for the hall', async () => {
    const before = await f.inspection.prisma.queueReading.count();
    await expect(
      (await f.as('hubin.duty')).queue.report({
        hallId: f.hall('HZ-SC-02').id,
        openCounters: 1,
        waitingCustomers: 30,
        source: 'manual',
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await f.inspection.prisma.queueReading.count()).toBe(before);
    expect(await outbox('queue.warning.raised')).toHaveLength(2);
  });

  it("the demo's queue tells operations of one live second-level warning, at 湖滨", async () => {
    await f.inspection.prisma.outboxEvent.deleteMany({});
    const halls = f.seeded.districts.flatMap((d) =>
      d.halls.map((h) => ({
        ...h,
        districtId: d.id,
        districtName: d.name,
        manager: f.seeded.hallStaff[h.code]![0]!,
        quality: 1,
      })),
    );
    await seedQueue(f.inspection.prisma, { cityId: f.seeded.cityId, halls, now: f.clock.now });
    const told = async (type: string) =>
      (await outbox(type)).map((e) => queueWarningRaised.schema.parse(e.payload));
    const raised = await told('queue.warning.raised');
    const handled = new Set((await told('queue.warning.acknowledged')).map((w) => w.warningId));
    expect(
      raised
        .filter((w) => w.level === 2 && !handled.has(w.warningId))
        .map((w) => [w.hallName, w.waitingCustomers]),
    ).toEqual([[f.hall('HZ-SC-01').name, 15]]);
    expect(handled.size).toBe(1);
  });
});
