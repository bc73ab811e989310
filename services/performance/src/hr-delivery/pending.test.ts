// HR's to-do against a real PostgreSQL: a signed-off month whose delivery the job gave up on waits for a re-send —
// for HR and the city supervisor, nobody else — and is gone once re-sent (a new delivery, on its way).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MONTH, monthFixture, type MonthFixture } from '../appeals/test-month.ts';
import { lockEveryDistrict } from '../scorecards/test-support.ts';

let f: MonthFixture;
beforeAll(async () => {
  f = await monthFixture();
  // HR's address on this machine; nothing listens there, and no job runs here to send anything.
  Object.assign(f.performance.deps, { hrHosts: ['127.0.0.1'] });
  await (
    await f.as('city.sup')
  ).hrDelivery.saveEndpoint({ url: 'http://127.0.0.1:9/hr', secret: 'hangzhou-hr-secret-2026' });
  for (const staffNo of f.cards.keys()) await f.assess(staffNo, 85);
  await lockEveryDistrict(f, MONTH);
  await (await f.as('city.sup')).months.signOff({ month: MONTH });
}, 300_000);
afterAll(() => f?.close());

const todos = async (username: string) =>
  (await (await f.as(username)).pending.mine({})).items
    .filter((item) => item.kind === 'hrDelivery.resend')
    .map((item) => `${item.title} ${item.route.remote}/${item.route.path}`);

describe('a delivery HR never acknowledged', () => {
  it('is no to-do while on its way, one for HR and the city supervisor once given up, gone once re-sent', async () => {
    expect(await todos('hr')).toEqual([]);
    // What the delivery job does after its last refused attempt.
    await f.performance.prisma.hrDelivery.updateMany({ data: { status: 'GAVE_UP' } });

    const waiting = [
      `${MONTH} 考核结果未送达人力系统 performance/hr-deliveries?month=${MONTH}&status=GAVE_UP`,
    ];
    expect(await todos('hr')).toEqual(waiting);
    expect(await todos('city.sup')).toEqual(waiting);
    for (const other of ['hubin.mgr', 'sc.sup', 'trainer']) expect(await todos(other)).toEqual([]);

    f.inspection.clock.now = new Date(f.inspection.clock.now.getTime() + 3_600_000);
    await (await f.as('hr')).hrDelivery.resend({ month: MONTH });
    expect(await todos('hr')).toEqual([]);
    expect(await todos('city.sup')).toEqual([]);
  });
});
