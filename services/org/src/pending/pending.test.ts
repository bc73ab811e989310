// An administrator's to-dos against a real PostgreSQL: a suspended business-system ID waits for review until it is
// restored or revoked, a person without any role until one is assigned — each only for the administrators of
// that unit, and for nobody else.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { orgFixture, type OrgFixture } from '../testing/fixture.ts';

let f: OrgFixture;
beforeAll(async () => {
  f = await orgFixture();
});
afterAll(() => f.close());

type Caller = Awaited<ReturnType<OrgFixture['callerOf']>>;
const listed = async (caller: Caller) =>
  (await caller.pending.mine({})).items.map((item) => `${item.kind} ${item.route.remote}/${item.route.path}`);
const todos = async (username: string) => listed(await f.callerOf(username));

describe("an administrator's to-dos", () => {
  it('a suspended staff ID waits for review until restored, then one until revoked', async () => {
    const admin = await f.callerOf('admin');
    expect(await todos('admin')).toEqual([]);
    const clerk = f.seeded.demoPeople['hubin.clerk']!.id;
    const crm = await admin.staffIds.issue({ system: 'CRM', loginId: 'crm.hb.0102', personId: clerk });
    const bill = await admin.staffIds.issue({ system: '计费', loginId: 'bill.hb.0102', personId: clerk });
    await admin.staffIds.suspend({ id: crm.id, reason: '休产假' });
    await admin.staffIds.suspend({ id: bill.id, reason: '休产假' });

    const inbox = await admin.pending.mine({});
    expect(inbox).toMatchObject({ total: 2, overdue: 0 });
    expect(inbox.items.find((item) => item.id === `admin.staffId.review.${crm.id}`)).toMatchObject({
      kindLabel: { 'zh-CN': '复核已暂停的业务工号', en: 'Review a suspended business-system ID' },
      title: 'CRM crm.hb.0102 · ' + f.seeded.demoPeople['hubin.clerk']!.name + '（休产假）',
      orgName: '湖滨营业厅',
    });
    expect((await todos('admin')).sort()).toEqual([
      'staffId.review admin/staff-ids?status=suspended&q=bill.hb.0102',
      'staffId.review admin/staff-ids?status=suspended&q=crm.hb.0102',
    ]);
    // Nobody but an administrator has to-dos here.
    for (const other of ['hubin.mgr', 'sc.sup', 'hr']) expect(await todos(other)).toEqual([]);

    await admin.staffIds.restore({ id: crm.id });
    await admin.staffIds.revoke({ id: bill.id, reason: '调离本厅' });
    expect(await todos('admin')).toEqual([]);
  });

  it('a person without any role waits for one, for the administrators of their unit only', async () => {
    const admin = await f.callerOf('admin');
    const xihu = f.seeded.districts.find((d) => d.name === '西湖区分公司')!;
    await admin.admin.createPerson({
      staffNo: 'HZXHADM2',
      name: '西湖区管理员',
      orgNodeId: xihu.id,
      position: '系统管理员',
      hireDate: new Date('2026-01-05T00:00:00Z'),
      roles: [{ role: 'admin', orgNodeId: xihu.id }],
      initialPassword: 'Xihu2026admin',
    });
    const hubin = f.seeded.districts.flatMap((d) => d.halls).find((h) => h.name === '湖滨营业厅')!;
    const newcomer = await admin.admin.createPerson({
      staffNo: 'HZ19001',
      name: '新来的',
      orgNodeId: hubin.id,
      position: '营业员',
      hireDate: new Date('2026-11-02T00:00:00Z'),
      roles: [],
      initialPassword: 'Hubin2026new',
    });
    expect(await todos('admin')).toEqual([`person.assignRole admin/people?person=${newcomer.id}`]);
    const first = f.org.router.createCaller(await f.contextOf('HZXHADM2', 'Xihu2026admin'));
    await first.account.changePassword({ currentPassword: 'Xihu2026admin', newPassword: 'Xihu2026staff' });
    const xihuAdmin = f.org.router.createCaller(await f.contextOf('HZXHADM2', 'Xihu2026staff'));
    expect(await listed(xihuAdmin)).toEqual([]);

    await admin.admin.assignRole({ personId: newcomer.id, role: 'clerk', orgNodeId: hubin.id });
    expect(await todos('admin')).toEqual([]);
  });
});
