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

describe("demo duties and the forms seed's records", () => {
  it("complete 湖滨's weekly meeting by its 表4 where the demo has that week, and make no task for an older record", async () => {
    const other = await orgFixture({ with: [database] });
    const db = createPortalPrisma(other.db.pool);
    try {
      const hubin = other.seeded.districts[0]!.halls[0]!.id;
      const manager = other.seeded.demoPeople['hubin.mgr']!.id;
      const meeting = {
        id: crypto.randomUUID(),
        code: '表4',
        orgNodeId: hubin,
        submitterId: manager,
        meetingType: 'weekly',
      };
      // Monday 23 November 10:00 in China, in last week of the demo's; and a meeting of October, before it.
      await seedDemoDuties(db, other.seeded, new Date('2026-12-02T01:00:00Z'), [
        { ...meeting, submittedAt: new Date('2026-11-23T02:00:00Z') },
        { ...meeting, id: crypto.randomUUID(), submittedAt: new Date('2026-10-12T02:00:00Z') },
      ]);
      const week = await db.dutyTask.findFirstOrThrow({
        where: { personId: manager, code: 'hall.weekly.meeting', periodStart: '2026-11-23' },
        include: { proofs: true },
      });
      expect(week).toMatchObject({ status: 'DONE', done: 1, evidence: 'WEEKLY_MEETING' });
      expect(week.proofs).toEqual([
        expect.objectContaining({
          sourceEventId: meeting.id,
          area: 'forms',
          link: `submissions/${meeting.id}`,
        }),
      ]);
      expect(await db.dutyTask.count({ where: { periodStart: { lt: '2026-11-01' } } })).toBe(0);
    } finally {
      await db.$disconnect();
      await other.close();
    }
  }, 120_000);
});
