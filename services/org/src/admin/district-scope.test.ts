// A district administrator (系统管理员 of 上城区 only) administers 上城区 — its people, roles, units and audit
// log — and nothing of 西湖区: every admin procedure refuses a person or unit of the other district, and a move
// or transfer into it, with the org area's code, and writes nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../seed/index.ts';
import { orgFixture, type OrgFixture } from '../testing/fixture.ts';

type Caller = Awaited<ReturnType<OrgFixture['callerOf']>>;

describe('a district administrator stays in the district (区县系统管理员)', () => {
  let f: OrgFixture;
  let admin: Caller;
  let scAdmin: Caller;
  let scAdminId: string;
  // 上城区 (A) with 湖滨 and 南星, 西湖区 (B) with 文三路.
  let districtA: string;
  let hubin: string;
  let nanxing: string;
  let districtB: string;
  let wensan: string;
  let clerkA: string;
  let managerB: string;
  let managerBAssignment: string;
  // Roles across the line, given by the province's administrator: a person of 西湖区 holding one at 湖滨, and a
  // person of 上城区 holding one at 文三路.
  let managerBAtHubin: string;
  let clerkAAtWensan: string;

  beforeAll(async () => {
    f = await orgFixture();
    const [sc, xh] = f.seeded.districts;
    districtA = sc!.id;
    hubin = sc!.halls[0]!.id;
    nanxing = sc!.halls[1]!.id;
    districtB = xh!.id;
    wensan = xh!.halls[0]!.id;
    clerkA = f.seeded.demoPeople['hubin.clerk']!.id;
    managerB = f.seeded.hallStaff['HZ-XH-01']![0]!.id;
    managerBAssignment = (
      await f.org.prisma.roleAssignment.findFirstOrThrow({ where: { personId: managerB } })
    ).id;
    admin = await f.callerOf('admin');
    ({ id: managerBAtHubin } = await admin.admin.assignRole({
      personId: managerB,
      role: 'clerk',
      orgNodeId: hubin,
    }));
    ({ id: clerkAAtWensan } = await admin.admin.assignRole({
      personId: clerkA,
      role: 'clerk',
      orgNodeId: wensan,
    }));
    ({ id: scAdminId } = await admin.admin.createPerson({
      staffNo: 'HZ00031',
      name: '方志强',
      phone: null,
      orgNodeId: districtA,
      position: '系统管理员',
      hireDate: new Date('2025-03-01'),
      roles: [{ role: 'admin', orgNodeId: districtA }],
      initialPassword: DEMO_PASSWORD,
    }));
    // As after the first sign-in's forced change: a new account may do nothing else before it.
    await f.org.prisma.account.update({
      where: { username: 'HZ00031' },
      data: { mustChangePassword: false },
    });
    scAdmin = await f.callerOf('HZ00031');
  });
  afterAll(() => f.close());

  it('administers the people, roles and units of 上城区, each change in its audit log', async () => {
    const listed = await scAdmin.people.list({ page: 1, pageSize: 100, orgNodeId: districtA });
    expect(listed.items.map((p) => p.id)).toContain(clerkA);
    expect((await scAdmin.people.get({ id: clerkA })).account).toMatchObject({ username: 'hubin.clerk' });

    const { id } = await scAdmin.admin.createPerson({
      staffNo: 'HZ10150',
      name: '何晓燕',
      phone: '13900001111',
      orgNodeId: hubin,
      position: '营业员（综合业务）',
      hireDate: new Date('2026-11-02'),
      roles: [{ role: 'clerk', orgNodeId: hubin }],
      initialPassword: 'Welcome2026',
    });
    await scAdmin.admin.updatePerson({ id, name: '何晓艳' });
    await scAdmin.admin.updatePerson({ id, orgNodeId: nanxing });
    const role = await scAdmin.admin.assignRole({ personId: id, role: 'duty_manager', orgNodeId: nanxing });
    await scAdmin.admin.revokeRole({ assignmentId: role.id });
    expect((await scAdmin.admin.resetPassword({ personId: id })).temporaryPassword).toMatch(/^\w{10}$/);
    await scAdmin.admin.setPersonStatus({ id, status: 'left' });
    expect(await f.org.prisma.person.findUniqueOrThrow({ where: { id } })).toMatchObject({
      name: '何晓艳',
      orgNodeId: nanxing,
      status: 'left',
    });

    const hall = await scAdmin.admin.createNode({
      parentId: districtA,
      code: 'HZ-SC-09',
      name: '望江营业厅',
      level: 'hall',
      address: '杭州市上城区望江路 1 号',
    });
    // The caller's scope is read at each request; this test's caller was read at sign-in, so it signs in again
    // to have the new hall in its subtree, as the portal's next request would.
    scAdmin = await f.callerOf('HZ00031');
    await scAdmin.admin.updateNode({ id: hall.id, name: '望江门营业厅' });
    await scAdmin.admin.setNodeActive({ id: hall.id, active: false });
    expect(await f.org.prisma.orgNode.findUniqueOrThrow({ where: { id: hall.id } })).toMatchObject({
      name: '望江门营业厅',
      active: false,
      parentId: districtA,
    });
    // A move inside the district has no other place to go: a hall sits under its district, the only unit
    // of a higher level in it. Moves are refused below for the other district.

    const log = await scAdmin.admin.audit({ page: 1, pageSize: 50, actorPersonId: scAdminId });
    expect(log.items.map((e) => e.action).reverse()).toEqual([
      'account.login',
      'person.create',
      'person.update',
      'person.update',
      'role.assign',
      'role.revoke',
      'account.resetPassword',
      'person.status',
      'org.create',
      'account.login',
      'org.update',
      'org.deactivate',
    ]);
  });

  /** Everything a refused call could have written, read back after it. */
  const state = async () => ({
    audit: await f.org.prisma.auditEntry.count({ where: { actorPersonId: scAdminId } }),
    people: await f.org.prisma.person.findMany({ orderBy: { id: 'asc' } }),
    accounts: await f.org.prisma.account.findMany({
      orderBy: { id: 'asc' },
      select: { id: true, passwordHash: true, disabled: true, mustChangePassword: true },
    }),
    roles: await f.org.prisma.roleAssignment.findMany({ orderBy: { id: 'asc' } }),
    nodes: await f.org.prisma.orgNode.findMany({ orderBy: { id: 'asc' } }),
  });

  const newClerk = (orgNodeId: () => string, roleNodeId: () => string) => () =>
    scAdmin.admin.createPerson({
      staffNo: 'HZ13150',
      name: '俞佳',
      phone: null,
      orgNodeId: orgNodeId(),
      position: '营业员（综合业务）',
      hireDate: new Date('2026-11-02'),
      roles: [{ role: 'clerk', orgNodeId: roleNodeId() }],
      initialPassword: 'Welcome2026',
    });

  const refused: [string, () => Promise<unknown>, string][] = [
    ['reads a person of 西湖区', () => scAdmin.people.get({ id: managerB }), 'readPersonDenied'],
    [
      'adds a person to 西湖区',
      newClerk(
        () => wensan,
        () => wensan,
      ),
      'addPersonDenied',
    ],
    [
      'adds a person of 湖滨 with a role in 西湖区',
      newClerk(
        () => hubin,
        () => wensan,
      ),
      'assignRoleDenied',
    ],
    [
      'edits a person of 西湖区',
      () => scAdmin.admin.updatePerson({ id: managerB, name: '改名' }),
      'editPersonDenied',
    ],
    [
      'transfers a person of 上城区 into 西湖区',
      () => scAdmin.admin.updatePerson({ id: clerkA, orgNodeId: wensan }),
      'transferPersonDenied',
    ],
    [
      'transfers a person of 西湖区 into 上城区',
      () => scAdmin.admin.updatePerson({ id: managerB, orgNodeId: hubin }),
      'editPersonDenied',
    ],
    [
      'disables a person of 西湖区',
      () => scAdmin.admin.setPersonStatus({ id: managerB, status: 'left' }),
      'editPersonDenied',
    ],
    [
      'resets the password of 西湖区',
      () => scAdmin.admin.resetPassword({ personId: managerB }),
      'resetPasswordDenied',
    ],
    ['sees the sessions of 西湖区', () => scAdmin.admin.sessions({ personId: managerB }), 'sessionsDenied'],
    [
      'ends the sessions of 西湖区',
      () => scAdmin.admin.revokeSessions({ personId: managerB }),
      'sessionsDenied',
    ],
    [
      'gives a role in 西湖区',
      () => scAdmin.admin.assignRole({ personId: managerB, role: 'clerk', orgNodeId: wensan }),
      'assignRoleDenied',
    ],
    [
      'gives a role in 西湖区 to a person of 上城区',
      () => scAdmin.admin.assignRole({ personId: clerkA, role: 'clerk', orgNodeId: wensan }),
      'assignRoleDenied',
    ],
    [
      'gives a role in 上城区 to a person of 西湖区',
      () => scAdmin.admin.assignRole({ personId: managerB, role: 'clerk', orgNodeId: hubin }),
      'assignRoleDenied',
    ],
    [
      'takes a role in 西湖区',
      () => scAdmin.admin.revokeRole({ assignmentId: managerBAssignment }),
      'revokeRoleDenied',
    ],
    [
      'takes a role in 上城区 from a person of 西湖区',
      () => scAdmin.admin.revokeRole({ assignmentId: managerBAtHubin }),
      'revokeRoleDenied',
    ],
    [
      'takes a role in 西湖区 from a person of 上城区',
      () => scAdmin.admin.revokeRole({ assignmentId: clerkAAtWensan }),
      'revokeRoleDenied',
    ],
    [
      'adds a unit to 西湖区',
      () =>
        scAdmin.admin.createNode({
          parentId: districtB,
          code: 'HZ-XH-09',
          name: '古荡营业厅',
          level: 'hall',
        }),
      'addChildOrgDenied',
    ],
    [
      'adds a unit beside 上城区',
      () =>
        scAdmin.admin.createNode({
          parentId: f.seeded.cityId,
          code: 'HZ-BJ',
          name: '滨江区分公司',
          level: 'district',
        }),
      'addChildOrgDenied',
    ],
    [
      'renames a unit of 西湖区',
      () => scAdmin.admin.updateNode({ id: wensan, name: '改名' }),
      'editOrgDenied',
    ],
    [
      'renames the city',
      () => scAdmin.admin.updateNode({ id: f.seeded.cityId, name: '改名' }),
      'editOrgDenied',
    ],
    [
      'moves a unit of 西湖区 into 上城区',
      () => scAdmin.admin.moveNode({ id: wensan, newParentId: districtA }),
      'moveOrgDenied',
    ],
    [
      'moves a unit of 上城区 into 西湖区',
      () => scAdmin.admin.moveNode({ id: nanxing, newParentId: districtB }),
      'moveIntoParentDenied',
    ],
    [
      'deactivates a unit of 西湖区',
      () => scAdmin.admin.setNodeActive({ id: wensan, active: false }),
      'activateOrgDenied',
    ],
  ];

  it.each(refused)('is refused when it %s, and nothing is written', async (_, attempt, code) => {
    const before = await state();
    await expect(attempt()).rejects.toMatchObject({ code: 'FORBIDDEN', cause: { code: `org.${code}` } });
    expect(await state()).toEqual(before);
  });

  it('finds nobody of 西湖区 in the staff list and reads none of its audit rows', async () => {
    expect((await scAdmin.people.list({ page: 1, pageSize: 100, orgNodeId: districtB })).total).toBe(0);
    expect((await scAdmin.people.search({ q: '沈佳琪', limit: 10 })).length).toBe(0);
    // 西湖区 has rows of its own: its supervisor's sign-in, and a change the province's admin made to its staff.
    await f.callerOf('xh.sup');
    await admin.admin.updatePerson({ id: managerB, phone: '13700002222' });
    const xhSup = f.seeded.demoPeople['xh.sup']!.id;
    expect(await f.org.prisma.auditEntry.count({ where: { actorPersonId: xhSup } })).toBeGreaterThan(0);

    const all = await scAdmin.admin.audit({ page: 1, pageSize: 200 });
    const inA = new Set(
      (await f.org.prisma.person.findMany({ where: { orgNode: { path: { contains: districtA } } } })).map(
        (p) => p.id,
      ),
    );
    expect(all.items.length).toBeGreaterThan(0);
    expect(all.items.every((e) => e.actorPersonId !== null && inA.has(e.actorPersonId))).toBe(true);
    expect((await scAdmin.admin.audit({ page: 1, pageSize: 50, actorPersonId: xhSup })).total).toBe(0);
    expect((await scAdmin.admin.audit({ page: 1, pageSize: 50, entityId: managerB })).total).toBe(0);
    const exported = await scAdmin.admin.auditExport({ actorPersonId: xhSup });
    expect(exported).toMatchObject({ rows: 0, matched: 0 });
  });
});
