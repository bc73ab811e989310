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
});
