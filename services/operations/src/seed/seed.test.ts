import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerFixture, type LedgerFixture } from '../testing/ledger-fixture.ts';
import { seedOperationsDemo } from './index.ts';

let t: LedgerFixture;

beforeAll(async () => {
  t = await ledgerFixture(new Date('2026-05-10T02:00:00Z'));
});
afterAll(() => t.close());

describe('the demo ledger', () => {
  it('gives every hall devices with open and closed faults and a maintenance to-do; a second run adds nothing', async () => {
    const seeded = await seedOperationsDemo(t.service.prisma, t.f.seeded, t.clock.now);
    const halls = t.f.seeded.districts.flatMap((d) => d.halls);
    expect(seeded.devices).toBe(halls.length * 8);
    for (const hall of halls) {
      const faults = await t.service.prisma.fault.findMany({ where: { orgNodeId: hall.id } });
      expect(faults.some((f) => f.status === 'CONFIRMED')).toBe(true);
      expect(faults.some((f) => f.status !== 'CONFIRMED')).toBe(true);
    }
    const mgr = await t.as('hubin.mgr');
    const kinds = (await mgr.pending.mine({})).items.map((item) => item.kind);
    expect(kinds).toEqual(expect.arrayContaining(['maintenance.due', 'fault.repair', 'fault.confirm']));
    expect((await (await t.as('hubin.clerk')).devices.list({ status: 'FAULTY' })).total).toBeGreaterThan(0);
    expect(await seedOperationsDemo(t.service.prisma, t.f.seeded, t.clock.now)).toEqual({
      devices: 0,
      faults: 0,
    });
  });
});
