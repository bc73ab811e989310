import { orgFixture, type OrgFixture } from '@duda/service-org/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { database } from '../database.ts';
import { createPortalPrisma, type PortalPrisma } from '../prisma.ts';
import { seedDemoWorklogs } from './demo.ts';

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

describe('demo work logs', () => {
  it('give every demo person who keeps one two weeks of logs (today left to write), once', async () => {
    const now = new Date('2026-12-02T01:00:00Z');
    expect(await seedDemoWorklogs(prisma, f.seeded, now)).toBeGreaterThan(0);
    expect(await seedDemoWorklogs(prisma, f.seeded, now)).toBe(0);
    for (const username of [
      'city.sup',
      'sc.sup',
      'xh.sup',
      'hubin.mgr',
      'hubin.duty',
      'hubin.clerk',
      'nanxing.mgr',
    ]) {
      const personId = f.seeded.demoPeople[username]!.id;
      const days = await prisma.workLog.findMany({ where: { personId }, select: { day: true } });
      expect(days.map((d) => d.day).sort(), username).toEqual(
        expect.arrayContaining(['2026-11-18', '2026-12-01']),
      );
      expect(
        days.some((d) => d.day === '2026-12-02'),
        username,
      ).toBe(false);
    }
    const weeks = await prisma.weeklyReport.findMany({
      where: { personId: f.seeded.demoPeople['hubin.mgr']!.id },
      orderBy: { weekStart: 'asc' },
    });
    expect(weeks.map((w) => [w.weekStart, w.summary !== null])).toEqual([
      ['2026-11-16', true],
      ['2026-11-23', true],
      ['2026-11-30', false],
    ]);
  });
});
