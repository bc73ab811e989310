// The month's duty rates published for performance, against a real PostgreSQL: 湖滨's manager opens her duties on
// Monday 30 November 2026 and does one of them; on 1 December the night's open tasks are closed as missed and
// November is published, final, with her count; December so far has only her open week, and no rate yet.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portalEventsFixture, type PortalEventsFixture } from '../testing/events.ts';
import { closeMissedTasks } from './closing.ts';
import { publishDutyRates } from './rates-event.ts';

let fx: PortalEventsFixture;
// Monday 30 November 2026, 09:00 in China.
const clock = { now: new Date('2026-11-30T01:00:00Z') };

beforeAll(async () => {
  fx = await portalEventsFixture(clock);
});
afterAll(() => fx.close());

const published = async () =>
  (await fx.service.prisma.outboxEvent.findMany({ orderBy: { occurredAt: 'asc' } })).map((e) => ({
    type: e.type,
    payload: e.payload as {
      cityId: string;
      month: string;
      final: boolean;
      people: Record<string, unknown>[];
    },
  }));

describe('portal.duty-rates.published', () => {
  it('publishes the month so far, then the closed month as final, one event per city', async () => {
    const manager = fx.f.seeded.demoPeople['hubin.mgr']!;
    await (await fx.as('hubin.mgr')).duties.mine({ span: 'month' });
    const ending = await fx.service.prisma.dutyTask.findMany({
      where: { personId: manager.id, periodEnd: { lte: '2026-11-30' } },
      orderBy: { code: 'asc' },
    });
    expect(ending.length).toBeGreaterThan(1);
    await fx.service.prisma.dutyTask.update({
      where: { id: ending[0]!.id },
      data: { status: 'DONE', done: ending[0]!.target, completedAt: clock.now },
    });

    expect(await publishDutyRates(fx.service.duties.deps, '2026-11')).toBe(1);
    const [soFar] = await published();
    expect(soFar).toMatchObject({
      type: 'portal.duty-rates.published',
      payload: { cityId: fx.f.seeded.cityId, month: '2026-11', final: false },
    });
    expect(soFar!.payload.people).toEqual([
      {
        personId: manager.id,
        personName: manager.name,
        done: 1,
        missed: 0,
        open: ending.length - 1,
        rate: 1,
      },
    ]);

    clock.now = new Date('2026-11-30T22:10:00Z'); // 1 December, 06:10 in China
    await closeMissedTasks(fx.service.duties.deps);
    expect(await publishDutyRates(fx.service.duties.deps, '2026-11')).toBe(1);
    const final = (await published())[1]!;
    expect(final.payload.final).toBe(true);
    const missed = ending.length - 1;
    expect(final.payload.people).toEqual([
      {
        personId: manager.id,
        personName: manager.name,
        done: 1,
        missed,
        open: 0,
        rate: Math.round((1 / (1 + missed)) * 1000) / 1000,
      },
    ]);
    // December so far: the week begun on Monday ends in it, open, so no rate yet.
    expect(await publishDutyRates(fx.service.duties.deps, '2026-12')).toBe(1);
    const december = (await published())[2]!;
    expect(december.payload).toMatchObject({ month: '2026-12', final: false });
    expect(december.payload.people).toEqual([
      expect.objectContaining({ personId: manager.id, done: 0, missed: 0, rate: null }),
    ]);
  });
});
