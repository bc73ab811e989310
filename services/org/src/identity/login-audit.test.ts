import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../seed/index.ts';
import { orgFixture, type OrgFixture } from '../testing/fixture.ts';

describe('logins in the audit log (against PostgreSQL)', () => {
  let f: OrgFixture;
  let accountId: string;
  beforeAll(async () => {
    f = await orgFixture();
    ({ id: accountId } = await f.org.prisma.account.findUniqueOrThrow({
      where: { username: 'hubin.clerk' },
    }));
  });
  afterAll(() => f.close());

  const meta = { ip: '10.1.2.3', userAgent: 'Mozilla/5.0 vitest' };
  const tryLogin = (password: string) =>
    f.org.identity.login({ username: 'hubin.clerk', password }, meta).catch((e: { code: string }) => e.code);

  it('shows a failed, a locking and a successful login to the admin, with address and browser', async () => {
    expect(await tryLogin('wrong-secret-1')).toBe('org.wrongCredentials');
    for (let i = 0; i < 3; i++) await tryLogin('wrong-secret-1');
    expect(await tryLogin('wrong-secret-1')).toBe('org.loginPaused');
    f.clock.now = new Date(f.clock.now.getTime() + 16 * 60_000);
    expect(await tryLogin(DEMO_PASSWORD)).toMatchObject({ token: expect.any(String) });

    const admin = await f.callerOf('admin');
    const log = await admin.admin.audit({
      page: 1,
      pageSize: 20,
      entityType: 'Account',
      entityId: accountId,
    });
    expect(log.items.map((e) => e.action)).toEqual([
      'account.login',
      'account.locked',
      ...Array<string>(4).fill('account.loginFailed'),
    ]);
    expect(log.items[1]!.after).toEqual({
      ip: '10.1.2.3',
      userAgent: 'Mozilla/5.0 vitest',
      reason: 'wrongPassword',
      failedAttempts: 5,
      counter: 'account',
    });
    expect(log.items[0]!.after).toEqual({ ip: '10.1.2.3', userAgent: 'Mozilla/5.0 vitest' });
    expect(JSON.stringify(log.items)).not.toContain('wrong-secret');
  });

  it('records an unknown user and a refused locked account, never the password tried', async () => {
    await expect(
      f.org.identity.login({ username: 'nobody.here', password: 'guess-4321' }, meta),
    ).rejects.toMatchObject({ code: 'org.wrongCredentials' });
    const [unknown] = await f.org.prisma.auditEntry.findMany({ where: { entityId: 'nobody.here' } });
    expect(unknown).toMatchObject({
      action: 'account.loginFailed',
      actorPersonId: null,
      entityType: 'Account',
      after: { ip: '10.1.2.3', userAgent: 'Mozilla/5.0 vitest', reason: 'unknownUser', counter: 'name' },
    });
    expect(JSON.stringify(unknown!.after)).not.toContain('guess-4321');
    // The admin of the whole organisation sees it in the audit log, though no person made it.
    const admin = await f.callerOf('admin');
    const listed = await admin.admin.audit({ page: 1, pageSize: 5, entityId: 'nobody.here' });
    expect(listed.items).toEqual([
      expect.objectContaining({ action: 'account.loginFailed', actorName: null }),
    ]);

    for (let i = 0; i < 5; i++) await tryLogin('wrong-secret-2');
    expect(await tryLogin(DEMO_PASSWORD)).toBe('org.loginPaused');
    const [latest] = await f.org.prisma.auditEntry.findMany({
      where: { entityId: accountId },
      orderBy: { id: 'desc' },
      take: 1,
    });
    expect(latest).toMatchObject({
      action: 'account.loginFailed',
      after: { reason: 'paused', counter: 'account' },
    });
  });
});
