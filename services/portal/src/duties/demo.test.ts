import { orgFixture, type OrgFixture } from '@duda/service-org/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { database } from '../database.ts';
import { createPortalPrisma, type PortalPrisma } from '../prisma.ts';
import { seedDemoDuties } from './demo.ts';

let f: OrgFixture;
let prisma: PortalPrisma;

beforeAll(async () => {
  f = await orgFixture({ with: [database] });
  prisma = createPortalPrisma(f.db.pool);
});
afterAll(async () => {
  await prisma.$disconnect();
  await f.close();
});

describe('demo duties', () => {
  it('give each supervising demo role open duties today and a week behind, once however often the seed runs', async () => {
    const now = new Date('2026-12-02T01:00:00Z');
    expect(await seedDemoDuties(prisma, f.seeded, now)).toBeGreaterThan(0);
    expect(await seedDemoDuties(prisma, f.seeded, now)).toBe(0);
    for (const username of ['city.sup', 'sc.sup', 'xh.sup', 'hubin.mgr', 'hubin.duty', 'nanxing.mgr']) {
      const personId = f.seeded.demoPeople[username]!.id;
      const today = await prisma.dutyTask.count({
        where: {
          personId,
          periodStart: { lte: '2026-12-02' },
          periodEnd: { gte: '2026-12-02' },
          status: 'OPEN',
        },
      });
      expect(today, username).toBeGreaterThan(0);
    }
    const past = await prisma.dutyTask.groupBy({
      by: ['status'],
      where: { periodEnd: { lt: '2026-12-02' } },
      _count: { _all: true },
    });
    expect(past.map((g) => g.status).sort()).toEqual(['DONE', 'MISSED']);
  });
});
