import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerFixture, type LedgerFixture } from '../testing/ledger-fixture.ts';
import { seedContingencyDemo } from './contingency-seed.ts';

let t: LedgerFixture;

beforeAll(async () => {
  t = await ledgerFixture(new Date('2026-05-10T02:00:00Z'));
});
afterAll(() => t.close());

describe('the demo contingency data', () => {
  it('gives every hall its plans and past drills (some evaluated), a drill due this week, and 湖滨 a closed incident; a second run adds nothing', async () => {
    const halls = t.f.seeded.districts.flatMap((d) => d.halls);
    const seeded = await seedContingencyDemo(t.service.prisma, t.f.seeded, t.clock.now);
    expect(seeded.plans).toBe(halls.length * 5);

    const mgr = await t.as('hubin.mgr');
    expect((await mgr.plans.list({})).map((plan) => plan.kind)).toHaveLength(5);
    expect((await mgr.drills.list({ status: 'EVALUATED' })).total).toBe(1);
    expect((await mgr.pending.mine({})).items.map((item) => item.kind)).toContain('drill.due');
    const [incident] = (await mgr.incidents.list({ mode: 'INCIDENT' })).items;
    expect(incident).toMatchObject({ status: 'CLOSED', level: 2, progress: { complete: true } });

    const figures = await (await t.as('city.sup')).drills.figures({ year: 2026 });
    expect(figures.halls.length).toBe(halls.length);
    expect(figures.halls.every((hall) => hall.held >= 1)).toBe(true);
    expect(figures.halls.some((hall) => hall.evaluated < hall.held)).toBe(true);

    expect(await seedContingencyDemo(t.service.prisma, t.f.seeded, t.clock.now)).toEqual({
      plans: 0,
      drills: 0,
    });
  });
});
