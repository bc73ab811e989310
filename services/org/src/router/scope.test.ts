import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgFixture, type OrgFixture } from '../testing/fixture.ts';

describe('data scope of the org API (docs/domain.md#organisation)', () => {
  let f: OrgFixture;
  let hubin: string;
  let nanxing: string;
  beforeAll(async () => {
    f = await orgFixture();
    const sc = f.seeded.districts.find((d) => d.code === 'HZ-SC')!;
    hubin = sc.halls.find((h) => h.code === 'HZ-SC-01')!.id;
    nanxing = sc.halls.find((h) => h.code === 'HZ-SC-02')!.id;
  });
  afterAll(() => f.close());

  it('shows a hall manager only their own hall', async () => {
    const manager = await f.callerOf('hubin.mgr');
    const halls = await manager.halls({ page: 1, pageSize: 50, includeInactive: false });
    expect(halls.items.map((h) => h.name)).toEqual(['湖滨营业厅']);
    const tree = await manager.tree({ includeInactive: false });
    expect(tree.map((n) => n.name)).toEqual(['湖滨营业厅']);
  });

  it('forbids a hall manager to read another hall or its staff', async () => {
    const manager = await f.callerOf('hubin.mgr');
    await expect(manager.node({ id: nanxing })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const nanxingManager = f.seeded.hallStaff['HZ-SC-02']![0]!;
    await expect(manager.people.get({ id: nanxingManager.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    const people = await manager.people.list({ page: 1, pageSize: 100, orgNodeId: nanxing });
    expect(people.total).toBe(0);
  });

  it('forbids a hall manager to change another hall (or anything: they are no admin)', async () => {
    const manager = await f.callerOf('hubin.mgr');
    await expect(manager.admin.updateNode({ id: nanxing, name: '改名' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(manager.admin.updateNode({ id: hubin, name: '改名' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await f.org.prisma.orgNode.findUniqueOrThrow({ where: { id: nanxing } })).name).toBe(
      '南星营业厅',
    );
  });

  it('shows a district supervisor every hall of the district and nothing of others', async () => {
    const supervisor = await f.callerOf('sc.sup');
    const halls = await supervisor.halls({ page: 1, pageSize: 50, includeInactive: false });
    expect(halls.total).toBe(3); // 湖滨, 南星 and 清波 in the test organisation
    expect(halls.items.every((h) => h.districtName === '上城区分公司')).toBe(true);
    const xihu = f.seeded.districts.find((d) => d.code === 'HZ-XH')!.halls[0]!.id;
    await expect(supervisor.node({ id: xihu })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('lets a clerk read only their own staff record', async () => {
    const clerk = await f.callerOf('hubin.clerk');
    const me = await clerk.me();
    const people = await clerk.people.list({ page: 1, pageSize: 50 });
    expect(people.items.map((p) => p.id)).toEqual([me.person.id]);
    const colleague = f.seeded.hallStaff['HZ-SC-01']!.find((p) => p.id !== me.person.id)!;
    await expect(clerk.people.get({ id: colleague.id })).rejects.toMatchObject({ code: 'FORBIDDEN' });
  });

  it('gives the city supervisor the whole city', async () => {
    const city = await f.callerOf('city.sup');
    const halls = await city.halls({ page: 1, pageSize: 100, includeInactive: false });
    expect(halls.total).toBe(5); // both districts of the test organisation
    expect((await f.callerOf('city.sup')).me()).resolves.toMatchObject({
      permissions: expect.arrayContaining(['inspection.plan.edit', 'inspection.mystery.read']),
    });
  });
});
