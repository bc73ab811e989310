import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inspectionFixture, type InspectionFixture } from '../testing/fixture.ts';

describe('queue-peak warning (客流高峰预警)', () => {
  let f: InspectionFixture;
  beforeAll(async () => {
    f = await inspectionFixture();
  });
  afterAll(() => f.close());

  it('raises level 1 and level 2 by waiting customers per open counter, and alerts the district', async () => {
    const duty = await f.as('hubin.duty');
    const hallId = f.hall('HZ-SC-01').id;
    expect(
      await duty.queue.report({ hallId, openCounters: 4, waitingCustomers: 9, source: 'manual' }),
    ).toMatchObject({ level: 0 });
    expect(
      await duty.queue.report({ hallId, openCounters: 4, waitingCustomers: 10, source: 'manual' }),
    ).toMatchObject({ level: 1 });
    const second = await duty.queue.report({
      hallId,
      openCounters: 4,
      waitingCustomers: 14,
      source: 'manual',
    });
    expect(second.level).toBe(2);
    expect(second.actions.join()).toContain('就近');
    const district = await (await f.as('sc.sup')).queue.alerts();
    expect(district.map((a) => a.level)).toEqual([2, 1]);
    await (await f.as('hubin.mgr')).queue.acknowledge({ id: district[0]!.id });
    expect((await (await f.as('sc.sup')).queue.alerts()).map((a) => a.level)).toEqual([1]);
    expect(await (await f.as('nanxing.mgr')).queue.alerts()).toEqual([]);
  });

  it('uses the city’s configured thresholds and rejects nonsense ones', async () => {
    const city = await f.as('city.sup');
    await expect(
      city.queue.updateSettings({ cityId: f.seeded.cityId, level1: 4, level2: 3, planCeiling: 5 }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await city.queue.updateSettings({ cityId: f.seeded.cityId, level1: 2, level2: 3, planCeiling: 4 });
    expect(
      await (
        await f.as('hubin.duty')
      ).queue.report({
        hallId: f.hall('HZ-SC-01').id,
        openCounters: 2,
        waitingCustomers: 4,
        source: 'manual',
      }),
    ).toMatchObject({ level: 1 });
    await expect(
      (await f.as('hubin.duty')).queue.report({
        hallId: f.hall('HZ-SC-02').id,
        openCounters: 2,
        waitingCustomers: 4,
        source: 'manual',
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it("counts a hall's whole month of readings on the China calendar, however many (表2's 排队情况)", async () => {
    const manager = await f.as('nanxing.mgr');
    const hallId = f.hall('HZ-SC-02').id;
    const start = f.clock.now;
    const reportAt = async (iso: string, waitingCustomers: number) => {
      f.clock.now = new Date(iso);
      return (await manager.queue.report({ hallId, openCounters: 4, waitingCustomers, source: 'machine' }))
        .level;
    };
    try {
      // Just outside November in China: 31 October 23:30 and 1 December 00:10 (both in November by UTC).
      await reportAt('2026-10-31T15:30:00Z', 40);
      await reportAt('2026-11-30T16:10:00Z', 50);
      // 25 readings on 1 November from 00:00 China time, one every 20 minutes: more than the page's latest 20.
      const levels: number[] = [];
      for (let i = 0; i < 25; i += 1)
        levels.push(
          await reportAt(new Date(Date.parse('2026-10-31T16:00:00Z') + i * 1_200_000).toISOString(), i),
        );
      expect(await manager.queue.month({ hallId, month: '2026-11' })).toEqual({
        readings: 25,
        warnings: levels.filter((level) => level > 0).length,
        maxWaiting: 24,
      });
      expect(levels.filter((level) => level > 0).length).toBeGreaterThan(0);
      expect(await manager.queue.month({ hallId, month: '2026-10' })).toEqual({
        readings: 1,
        warnings: 1,
        maxWaiting: 40,
      });
      await expect((await f.as('hubin.mgr')).queue.month({ hallId, month: '2026-11' })).rejects.toMatchObject(
        { code: 'FORBIDDEN' },
      );
    } finally {
      f.clock.now = start;
    }
  });
});
