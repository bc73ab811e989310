import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgFixture, type OrgFixture } from '../testing/fixture.ts';

describe('the holders of roles under an org node (org.people.holders)', () => {
  let f: OrgFixture;
  beforeAll(async () => {
    f = await orgFixture();
  });
  afterAll(() => f.close());

  const hallOf = (name: string) => f.seeded.districts.flatMap((d) => d.halls).find((h) => h.name === name)!;

  it("lists the city's hall managers with their hall and city, a page at a time", async () => {
    const supervisor = await f.callerOf('city.sup');
    const all = await supervisor.people.holders({ roles: ['hall_manager'], underNodeId: f.seeded.cityId });
    expect(all.next).toBeNull();
    expect(all.items.map((h) => h.personId)).toEqual(
      expect.arrayContaining([f.seeded.demoPeople['hubin.mgr']!.id, f.seeded.demoPeople['nanxing.mgr']!.id]),
    );
    expect(all.items.find((h) => h.personId === f.seeded.demoPeople['hubin.mgr']!.id)).toMatchObject({
      role: 'hall_manager',
      orgNodeId: hallOf('湖滨营业厅').id,
      orgName: '湖滨营业厅',
      cityId: f.seeded.cityId,
    });

    const first = await supervisor.people.holders({
      roles: ['hall_manager'],
      underNodeId: f.seeded.cityId,
      limit: 1,
    });
    expect(first.items).toHaveLength(1);
    const second = await supervisor.people.holders({
      roles: ['hall_manager'],
      underNodeId: f.seeded.cityId,
      limit: 1,
      after: first.next,
    });
    expect(second.items[0]!.id > first.items[0]!.id).toBe(true);
  });

  it('leaves out people on leave', async () => {
    const clerk = f.seeded.demoPeople['hubin.clerk']!.id;
    const hubin = hallOf('湖滨营业厅').id;
    const admin = await f.callerOf('admin');
    await admin.admin.setPersonStatus({ id: clerk, status: 'on_leave' });
    const holders = await admin.people.holders({ roles: ['clerk'], underNodeId: hubin });
    expect(holders.items.map((h) => h.personId)).not.toContain(clerk);
    await admin.admin.setPersonStatus({ id: clerk, status: 'active' });
    const again = await admin.people.holders({ roles: ['clerk'], underNodeId: hubin });
    expect(again.items.map((h) => h.personId)).toContain(clerk);
  });

  it("refuses a node whose people the caller does not read as a whole (another hall, a clerk's own)", async () => {
    const hubin = hallOf('湖滨营业厅').id;
    const other = await f.callerOf('nanxing.mgr');
    await expect(other.people.holders({ roles: ['clerk'], underNodeId: hubin })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    const clerk = await f.callerOf('hubin.clerk');
    await expect(clerk.people.holders({ roles: ['clerk'], underNodeId: hubin })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
  });
});
