// A hall's queue warning (排队预警, inspection's queue.warning.raised) reaches the hall's managers on and off duty
// in the bell, against a real PostgreSQL and a real org service: once however often delivered, not another
// hall's, and not when it arrives after the crowd has gone.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portalEventsFixture, type PortalEventsFixture } from '../testing/events.ts';

const clock = { now: new Date('2026-11-23T02:00:00Z') };
let t: PortalEventsFixture;

beforeAll(async () => {
  t = await portalEventsFixture(clock, { outbound: { send: async () => undefined } });
}, 120_000);
afterAll(() => t.close());

const rowsOf = (eventId: string) =>
  t.service.prisma.notification.findMany({ where: { sourceEventId: eventId }, orderBy: { personId: 'asc' } });

/** queue.warning.raised as inspection records it (inspection's contract, more fields than the portal reads). */
const raised = (hallCode: string, minutesAgo: number, level: 1 | 2 = 2) => {
  const district = t.f.seeded.districts.find((d) => d.halls.some((h) => h.code === hallCode))!;
  const hall = district.halls.find((h) => h.code === hallCode)!;
  return {
    warningId: crypto.randomUUID(),
    hallId: hall.id,
    hallName: hall.name,
    districtId: district.id,
    cityId: t.f.seeded.cityId,
    level,
    waitingCustomers: 15,
    openCounters: 4,
    at: new Date(clock.now.getTime() - minutesAgo * 60_000).toISOString(),
    acknowledgedAt: null,
  };
};

describe('a queue warning (排队预警)', () => {
  it("tells 湖滨's manager and duty manager once, however often delivered, and nobody of another hall", async () => {
    const eventId = crypto.randomUUID();
    const payload = raised('HZ-SC-01', 5);
    await Promise.all([
      t.deliver('notify-queue-warning', eventId, payload),
      t.deliver('notify-queue-warning', eventId, payload),
    ]);
    await t.deliver('notify-queue-warning', eventId, payload, 2);

    const rows = await rowsOf(eventId);
    expect(rows.map((r) => r.personId).sort()).toEqual(
      ['hubin.mgr', 'hubin.duty'].map((u) => t.personOf(u)).sort(),
    );
    expect(rows[0]).toMatchObject({
      kind: 'QUEUE_WARNING',
      title: payload.hallName,
      area: 'inspection',
      link: '/inspection/queue',
      params: { hallName: payload.hallName, level: 2, waitingCustomers: 15, openCounters: 4, at: payload.at },
    });
    const manager = await t.as('hubin.mgr');
    expect((await manager.notifications.list({ unreadOnly: true })).items).toContainEqual(
      expect.objectContaining({ kind: 'QUEUE_WARNING', title: payload.hallName }),
    );
    const other = await t.as('nanxing.mgr');
    expect((await other.notifications.list({})).items.map((n) => n.kind)).not.toContain('QUEUE_WARNING');
  });

  it('tells a first-level warning too, and none that arrives over an hour after its reading', async () => {
    const first = crypto.randomUUID();
    await t.deliver('notify-queue-warning', first, raised('HZ-SC-02', 10, 1));
    expect((await rowsOf(first)).map((r) => r.params)).toContainEqual(expect.objectContaining({ level: 1 }));

    const late = crypto.randomUUID();
    await t.deliver('notify-queue-warning', late, raised('HZ-SC-02', 95));
    expect(await rowsOf(late)).toEqual([]);
  });
});
