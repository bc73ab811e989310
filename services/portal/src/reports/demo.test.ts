import { orgFixture, type OrgFixture } from '@duda/service-org/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { database } from '../database.ts';
import { createPortalPrisma, type PortalPrisma } from '../prisma.ts';
import { seedDemoReports } from './demo.ts';

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

describe('demo monthly reports', () => {
  it('give the supervisors submitted reports and leave last month’s to the demo managers, once', async () => {
    const now = new Date('2026-12-02T01:00:00Z');
    expect(await seedDemoReports(prisma, f.seeded, now)).toBeGreaterThan(0);
    expect(await seedDemoReports(prisma, f.seeded, now)).toBe(0);
    const hallOf = (code: string) => f.seeded.districts.flatMap((d) => d.halls).find((h) => h.code === code)!;
    const months = async (hallCode: string) =>
      (
        await prisma.hallMonthlyReport.findMany({
          where: { hallId: hallOf(hallCode).id, status: 'SUBMITTED' },
          orderBy: { month: 'asc' },
        })
      ).map((r) => r.month);
    expect(await months('HZ-SC-01')).toEqual(['2026-09', '2026-10']);
    expect(await months('HZ-SC-03')).toEqual(['2026-09', '2026-10', '2026-11']);
  });
});
