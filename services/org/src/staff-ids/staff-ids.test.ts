// Staff IDs (营业厅工号, 表5) against a real PostgreSQL: issued, suspended with a reason, restored and revoked,
// each change audited with before and after; an administrator of one district neither sees nor changes another's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgFixture, type OrgFixture } from '../testing/fixture.ts';

let f: OrgFixture;
beforeAll(async () => {
  f = await orgFixture();
});
afterAll(() => f.close());

const district = (name: string) => f.seeded.districts.find((d) => d.name === name)!;
const staffOf = (hallCode: string) => f.seeded.hallStaff[hallCode]!;

describe('staff IDs', () => {
  it('issues, suspends with a reason, restores and revokes, each change audited before and after', async () => {
    const admin = await f.callerOf('admin');
    const clerk = f.seeded.demoPeople['hubin.clerk']!.id;
    const issued = await admin.staffIds.issue({ system: 'CRM', loginId: 'crm.hb.0001', personId: clerk });
    expect(issued).toMatchObject({ status: 'issued', orgName: '湖滨营业厅', reason: null });
    await expect(
      admin.staffIds.issue({ system: 'CRM', loginId: 'crm.hb.0001', personId: clerk }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });

    const suspended = await admin.staffIds.suspend({ id: issued.id, reason: '休产假' });
    expect(suspended).toMatchObject({ status: 'suspended', reason: '休产假' });
    expect(suspended.suspendedAt).toEqual(f.clock.now);
    await expect(admin.staffIds.suspend({ id: issued.id, reason: '再次' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: '只有已发放的工号可以暂停',
    });
    expect(await admin.staffIds.restore({ id: issued.id })).toMatchObject({ status: 'issued', reason: null });
    const revoked = await admin.staffIds.revoke({ id: issued.id, reason: '调离本厅' });
    expect(revoked).toMatchObject({ status: 'revoked', reason: '调离本厅' });
    await expect(admin.staffIds.restore({ id: issued.id })).rejects.toMatchObject({ code: 'BAD_REQUEST' });

    const audit = await f.org.prisma.auditEntry.findMany({
      where: { entityType: 'StaffSystemId', entityId: issued.id },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((a) => a.action)).toEqual([
      'staffId.issue',
      'staffId.suspend',
      'staffId.restore',
      'staffId.revoke',
    ]);
    expect(audit[1]).toMatchObject({
      before: { status: 'issued', reason: null },
      after: { status: 'suspended', reason: '休产假' },
    });

    const listed = await admin.staffIds.list({ page: 1, pageSize: 20, q: 'crm.hb' });
    expect(listed.items.map((i) => i.id)).toEqual([issued.id]);
  });

  it('keeps a district administrator to their district: another district is neither listed nor changed', async () => {
    const admin = await f.callerOf('admin');
    const xihu = district('西湖区分公司');
    await admin.admin.createPerson({
      staffNo: 'HZXHADM1',
      name: '西湖区管理员',
      orgNodeId: xihu.id,
      position: '系统管理员',
      hireDate: new Date('2026-01-05T00:00:00Z'),
      roles: [{ role: 'admin', orgNodeId: xihu.id }],
      initialPassword: 'Xihu2026admin',
    });
    const first = f.org.router.createCaller(await f.contextOf('HZXHADM1', 'Xihu2026admin'));
    await first.account.changePassword({ currentPassword: 'Xihu2026admin', newPassword: 'Xihu2026staff' });
    const xihuAdmin = f.org.router.createCaller(await f.contextOf('HZXHADM1', 'Xihu2026staff'));
    const hubinId = await admin.staffIds.issue({
      system: '计费',
      loginId: 'bill0001',
      personId: f.seeded.demoPeople['hubin.mgr']!.id,
    });
    const wensan = staffOf(xihu.halls[0]!.code)[0]!;

    const own = await xihuAdmin.staffIds.issue({ system: '计费', loginId: 'bill0002', personId: wensan.id });
    expect(own.orgName).toBe(xihu.halls[0]!.name);
    const listed = await xihuAdmin.staffIds.list({ page: 1, pageSize: 100 });
    expect(listed.items.map((i) => i.id)).toEqual([own.id]);

    await expect(xihuAdmin.staffIds.suspend({ id: hubinId.id, reason: '越权' })).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await expect(
      xihuAdmin.staffIds.issue({
        system: 'CRM',
        loginId: 'crm9999',
        personId: f.seeded.demoPeople['hubin.clerk']!.id,
      }),
    ).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await f.org.prisma.staffSystemId.findUniqueOrThrow({ where: { id: hubinId.id } })).toMatchObject({
      status: 'issued',
    });
    // Nobody without administration gets as far as looking a record up.
    await expect((await f.callerOf('sc.sup')).staffIds.list({ page: 1, pageSize: 20 })).rejects.toMatchObject(
      {
        code: 'FORBIDDEN',
      },
    );
  });
});
