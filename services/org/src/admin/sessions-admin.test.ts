// An administrator sees where a person is signed in and ends one session or all; the person's next request
// with an ended session is refused at once; an administrator of another district sees nothing of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../seed/index.ts';
import { orgFixture, type OrgFixture } from '../testing/fixture.ts';

describe('sessions of a person (登录会话)', () => {
  let f: OrgFixture;
  beforeAll(async () => {
    f = await orgFixture();
  });
  afterAll(() => f.close());

  const signIn = (userAgent: string) =>
    f.org.identity.login({ username: 'hubin.duty', password: DEMO_PASSWORD }, { ip: '10.0.0.7', userAgent });

  it('lists the live sessions, ends one, then all, each in the audit log, and the ended ones sign nobody in', async () => {
    const admin = await f.callerOf('admin');
    const phone = await signIn('Mozilla/5.0 (Linux; Android 14) Chrome/131 Mobile');
    const desk = await signIn('Mozilla/5.0 (Windows NT 10.0) Chrome/131');
    const personId = (await f.org.identity.resolveSession(phone.token))!.actor.personId;

    const listed = await admin.admin.sessions({ personId });
    expect(listed.map((s) => s.userAgent)).toEqual(
      expect.arrayContaining([expect.stringContaining('Android'), expect.stringContaining('Windows')]),
    );
    expect(listed.every((s) => s.ip === '10.0.0.7')).toBe(true);
    expect(listed.map((s) => s.device)).toEqual(
      expect.arrayContaining([
        { browser: 'Chrome 131', os: 'Android 14', phone: true },
        { browser: 'Chrome 131', os: 'Windows 10', phone: false },
      ]),
    );

    const phoneSession = (await f.org.identity.resolveSession(phone.token))!.sessionId;
    expect(await admin.admin.revokeSessions({ personId, sessionId: phoneSession })).toEqual({ revoked: 1 });
    expect(await f.org.identity.resolveSession(phone.token)).toBeNull();
    expect(await f.org.identity.resolveSession(desk.token)).not.toBeNull();
    expect((await admin.admin.sessions({ personId })).map((s) => s.id)).not.toContain(phoneSession);

    const { revoked } = await admin.admin.revokeSessions({ personId });
    expect(revoked).toBeGreaterThanOrEqual(1);
    expect(await f.org.identity.resolveSession(desk.token)).toBeNull();
    expect(await admin.admin.sessions({ personId })).toEqual([]);

    const account = await f.org.prisma.account.findUniqueOrThrow({ where: { personId } });
    const entries = await f.org.prisma.auditEntry.findMany({
      where: { entityId: account.id, action: 'account.revokeSessions' },
      orderBy: { id: 'asc' },
    });
    expect(entries.map((e) => e.after)).toEqual([
      { revoked: 1, session: phoneSession },
      { revoked, session: 'all' },
    ]);
  });

  it('refuses an administrator of another district and anyone who is no administrator, ending nothing', async () => {
    const admin = await f.callerOf('admin');
    const other = f.seeded.districts[1]!;
    await admin.admin.createPerson({
      staffNo: 'HZ17777',
      name: '区县管理员',
      phone: null,
      orgNodeId: other.id,
      position: '系统管理员',
      hireDate: new Date('2026-01-05'),
      roles: [{ role: 'admin', orgNodeId: other.id }],
      initialPassword: DEMO_PASSWORD,
    });
    // As after the first sign-in's forced change: a new account may do nothing else before it.
    await f.org.prisma.account.update({
      where: { username: 'HZ17777' },
      data: { mustChangePassword: false },
    });
    const districtAdmin = await f.callerOf('HZ17777');
    const session = await signIn('vitest');
    const personId = (await f.org.identity.resolveSession(session.token))!.actor.personId;
    const denied = { code: 'FORBIDDEN', cause: { code: 'org.sessionsDenied' } };
    await expect(districtAdmin.admin.sessions({ personId })).rejects.toMatchObject(denied);
    await expect(districtAdmin.admin.revokeSessions({ personId })).rejects.toMatchObject(denied);
    const clerk = await f.callerOf('hubin.clerk');
    await expect(clerk.admin.revokeSessions({ personId })).rejects.toMatchObject(denied);
    expect(await f.org.identity.resolveSession(session.token)).not.toBeNull();
  });
});
