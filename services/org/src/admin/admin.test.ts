import { orgErrors } from '@duda/contract-org';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../seed/index.ts';
import { orgFixture, type OrgFixture } from '../testing/fixture.ts';

describe('administration (audited, transactional)', () => {
  let f: OrgFixture;
  let hubin: string;
  beforeAll(async () => {
    f = await orgFixture();
    hubin = f.seeded.districts[0]!.halls[0]!.id;
  });
  afterAll(() => f.close());

  const newPerson = (overrides = {}) => ({
    staffNo: 'HZ19999',
    name: '钱多多',
    phone: '13800000000',
    orgNodeId: hubin,
    position: '营业员（综合业务）',
    hireDate: new Date('2026-11-01'),
    roles: [{ role: 'clerk' as const, orgNodeId: hubin }],
    initialPassword: 'Welcome2026',
    ...overrides,
  });

  it('creates a person with account and role, and records who did it with the new values', async () => {
    const admin = await f.callerOf('admin');
    const { id } = await admin.admin.createPerson(newPerson());
    const detail = await admin.people.get({ id });
    expect(detail).toMatchObject({
      name: '钱多多',
      roles: [{ role: 'clerk', orgName: '湖滨营业厅' }],
      account: { username: 'HZ19999', mustChangePassword: true },
    });
    const [entry] = await f.org.prisma.auditEntry.findMany({ where: { entityId: id } });
    const adminId = f.seeded.demoPeople.admin!.id;
    expect(entry).toMatchObject({
      action: 'person.create',
      actorPersonId: adminId,
      after: expect.objectContaining({ staffNo: 'HZ19999' }),
    });
  });

  it('rejects bad input with a field path and writes nothing', async () => {
    const admin = await f.callerOf('admin');
    const before = await f.org.prisma.person.count();
    await expect(admin.admin.createPerson({ ...newPerson({ staffNo: 'x' }) })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      cause: {
        issues: [expect.objectContaining({ path: ['staffNo'], message: orgErrors.staffNoFormat.code })],
      },
    });
    expect(orgErrors.catalog[orgErrors.staffNoFormat.code]?.['zh-CN']).toBe('应为 4–20 位字母或数字');
    await expect(
      admin.admin.createPerson(
        newPerson({ staffNo: 'HZ18888', roles: [{ role: 'hall_manager', orgNodeId: f.seeded.cityId }] }),
      ),
    ).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: '店面经理只能分配在营业厅',
    });
    await expect(
      admin.admin.createPerson(newPerson({ staffNo: 'HZ18888', initialPassword: 'short' })),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await f.org.prisma.person.count()).toBe(before);
    expect(
      await f.org.prisma.auditEntry.count({
        where: { action: 'person.create', after: { path: ['staffNo'], equals: 'HZ18888' } },
      }),
    ).toBe(0);
  });

  it('refuses a duplicate 工号 clearly', async () => {
    const admin = await f.callerOf('admin');
    await expect(admin.admin.createPerson(newPerson({ staffNo: 'HZ10101' }))).rejects.toMatchObject({
      code: 'CONFLICT',
      message: '工号 HZ10101 已被使用',
    });
  });

  it('resets a password: unlocks, ends sessions, forces a change, and the new password works once handed over', async () => {
    const admin = await f.callerOf('admin');
    const target = await f.contextOf('hubin.duty');
    const trusted = await f.org.identity.login(
      { username: 'hubin.duty', password: DEMO_PASSWORD },
      { ip: '127.0.0.1', userAgent: 'vitest' },
    );
    const { temporaryPassword } = await admin.admin.resetPassword({ personId: target.actor!.personId });
    // No browser stays trusted past a reset: the device cookie it held names nothing any more.
    expect(
      await f.org.prisma.trustedDevice.count({ where: { account: { personId: target.actor!.personId } } }),
    ).toBe(0);
    expect(trusted.deviceToken).toEqual(expect.any(String));
    expect(temporaryPassword).toMatch(/^(?=.*[A-Za-z])(?=.*\d).{8,}$/);
    const relogin = await f.contextOf('hubin.duty', temporaryPassword);
    expect(relogin.passwordChangeRequired).toBe(true);
    await expect(f.contextOf('hubin.duty', DEMO_PASSWORD)).rejects.toMatchObject({ kind: 'UNAUTHORIZED' });
  });

  it('moves a hall to another district with its history kept, and refuses a move under itself', async () => {
    const admin = await f.callerOf('admin');
    const from = f.seeded.districts[0]!;
    const to = f.seeded.districts[1]!;
    const hall = from.halls[2]!;
    await admin.admin.moveNode({ id: hall.id, newParentId: to.id });
    const detail = await admin.node({ id: hall.id });
    expect(detail.ancestors.map((a) => a.name)).toEqual(['浙江公司', '杭州分公司', to.name]);
    expect(detail.moves).toEqual([expect.objectContaining({ fromParentId: from.id, toParentId: to.id })]);
    await expect(admin.admin.moveNode({ id: to.id, newParentId: hall.id })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });

  it('will not deactivate a hall that still has staff, and keeps the audit log append-only', async () => {
    const admin = await f.callerOf('admin');
    await expect(admin.admin.setNodeActive({ id: hubin, active: false })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining('在职员工'),
    });
    await expect(f.org.prisma.auditEntry.deleteMany({})).rejects.toThrow(/append-only/);
  });

  it('lists the audit log for admins only', async () => {
    const admin = await f.callerOf('admin');
    const log = await admin.admin.audit({ page: 1, pageSize: 10 });
    expect(log.total).toBeGreaterThan(0);
    const supervisor = await f.callerOf('city.sup');
    expect((await supervisor.admin.audit({ page: 1, pageSize: 10 })).total).toBe(0);
  });
});
