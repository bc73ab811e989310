// The demo seed's own smoke test: service tests use the small test organisation instead.
import { createTestDatabase, type TestDatabase } from '@duda/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgService, type OrgService } from '../module.ts';
import { DEMO_PASSWORD, seedOrg, type SeededOrg } from './index.ts';

describe('the demo organisation', () => {
  let db: TestDatabase;
  let org: OrgService;
  let seeded: SeededOrg;
  beforeAll(async () => {
    db = await createTestDatabase([(await import('../database.ts')).database]);
    org = createOrgService({ pool: db.pool });
    seeded = await seedOrg(org.prisma);
  }, 120_000);
  afterAll(async () => {
    await org.close();
    await db.drop();
  });

  it('has the city, 7 districts of 6 halls, about 460 staff and a login for every role', async () => {
    expect(seeded.districts).toHaveLength(7);
    expect(seeded.districts.every((d) => d.halls.length === 6)).toBe(true);
    const people = await org.prisma.person.count();
    expect(people).toBeGreaterThan(400);
    expect(people).toBeLessThan(520);
    expect(seeded.demoLogins.map((l) => l.username)).toEqual([
      'admin',
      'leader',
      'city.sup',
      'trainer',
      'hr',
      'sc.sup',
      'sc.admin',
      'xh.sup',
      'hubin.mgr',
      'hubin.duty',
      'hubin.clerk',
      'nanxing.mgr',
    ]);
    expect(seeded.demoLogins.find((l) => l.username === 'sc.admin')).toMatchObject({
      role: 'admin',
      where: '上城区分公司',
    });
    const login = await org.identity.login(
      { username: 'city.sup', password: DEMO_PASSWORD },
      { ip: '127.0.0.1', userAgent: 'vitest' },
    );
    expect(login.mustChangePassword).toBe(false);
  });

  it('hands the next seed steps every hall with its manager first', () => {
    for (const hall of seeded.districts.flatMap((d) => d.halls))
      expect(seeded.hallStaff[hall.code]![0]!.role).toBe('hall_manager');
  });

  it("issues 湖滨's and 南星's staff their business-system IDs (表5), one of each hall suspended", async () => {
    const hubin = seeded.districts.flatMap((d) => d.halls).find((h) => h.code === 'HZ-SC-01')!;
    const ids = await org.prisma.staffSystemId.findMany({ where: { orgNodeId: hubin.id } });
    expect(ids).toHaveLength(seeded.hallStaff['HZ-SC-01']!.length * 2);
    expect(ids.filter((i) => i.status === 'suspended')).toHaveLength(1);
    await seedOrg(org.prisma);
    expect(await org.prisma.staffSystemId.count({ where: { orgNodeId: hubin.id } })).toBe(ids.length);
  });

  it('can run again without adding anyone', async () => {
    const before = await org.prisma.person.count();
    await seedOrg(org.prisma);
    expect(await org.prisma.person.count()).toBe(before);
  });
});
