import { orgFixture, type OrgFixture } from '@duda/service-org/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { database } from '../database.ts';
import { createPortalPrisma, type PortalPrisma } from '../prisma.ts';
import { seedPortalDemo } from '../seed/index.ts';

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

describe('demo notifications', () => {
  it('give each hall and district demo role an unread notification, once however often the seed runs', async () => {
    const now = new Date('2026-11-23T02:00:00Z');
    const first = await seedPortalDemo(prisma, f.seeded, now);
    expect(await seedPortalDemo(prisma, f.seeded, now)).toEqual({ notifications: 0 });
    expect(first.notifications).toBeGreaterThan(0);
    for (const username of ['hubin.clerk', 'hubin.mgr', 'hubin.duty', 'nanxing.mgr', 'sc.sup', 'xh.sup']) {
      const unread = await prisma.notification.count({
        where: { personId: f.seeded.demoPeople[username]!.id, readAt: null },
      });
      expect(unread, username).toBeGreaterThan(0);
    }
  });
});
