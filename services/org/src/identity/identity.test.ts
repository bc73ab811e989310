import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../seed/index.ts';
import { orgFixture, type OrgFixture } from '../testing/fixture.ts';

describe('login, sessions and lockout (against PostgreSQL)', () => {
  let f: OrgFixture;
  beforeAll(async () => {
    f = await orgFixture();
  });
  afterAll(() => f.close());

  const meta = { ip: '127.0.0.1', userAgent: 'vitest' };

  it('logs in by username or 工号 and resolves the session to the person with roles and scope', async () => {
    const byUsername = await f.org.identity.login({ username: 'sc.sup', password: DEMO_PASSWORD }, meta);
    const byStaffNo = await f.org.identity.login({ username: 'HZ00011', password: DEMO_PASSWORD }, meta);
    const session = await f.org.identity.resolveSession(byStaffNo.token);
    expect(byUsername.mustChangePassword).toBe(false);
    expect(session?.actor.name).toBe('刘海涛');
    const [role] = session!.actor.roles;
    expect(role).toMatchObject({
      role: 'district_supervisor',
      orgNodeName: '上城区分公司',
      orgLevel: 'district',
    });
    const district = f.seeded.districts.find((d) => d.code === 'HZ-SC')!;
    expect([...role!.subtree].sort()).toEqual([district.id, ...district.halls.map((h) => h.id)].sort());
  });

  it('stores only the hash of the session token', async () => {
    const { token } = await f.org.identity.login({ username: 'hubin.mgr', password: DEMO_PASSWORD }, meta);
    expect(await f.org.prisma.session.findUnique({ where: { id: token } })).toBeNull();
  });

  it('refuses a wrong password with the tries left, then locks after five', async () => {
    const attempt = () => f.org.identity.login({ username: 'nanxing.mgr', password: 'wrong-1234' }, meta);
    for (let left = 4; left >= 1; left--) {
      await expect(attempt()).rejects.toMatchObject({
        kind: 'UNAUTHORIZED',
        code: 'org.wrongPassword',
        params: { remaining: left },
        message: `用户名或密码错误，再输错 ${left} 次账号将被锁定`,
      });
    }
    await expect(attempt()).rejects.toMatchObject({
      kind: 'TOO_MANY_REQUESTS',
      code: 'org.lockedNow',
      params: { failures: 5, minutes: 15 },
      message: '密码连续输错 5 次，账号已锁定 15 分钟',
    });
    // Even the right password is refused while locked.
    await expect(
      f.org.identity.login({ username: 'nanxing.mgr', password: DEMO_PASSWORD }, meta),
    ).rejects.toMatchObject({ kind: 'TOO_MANY_REQUESTS', code: 'org.locked' });
    f.clock.now = new Date(f.clock.now.getTime() + 16 * 60_000);
    await expect(
      f.org.identity.login({ username: 'nanxing.mgr', password: DEMO_PASSWORD }, meta),
    ).resolves.toMatchObject({ mustChangePassword: false });
  });

  it('gives an unknown user the same answer as a wrong password', async () => {
    await expect(f.org.identity.login({ username: 'nobody', password: 'x' }, meta)).rejects.toMatchObject({
      kind: 'UNAUTHORIZED',
      code: 'org.wrongCredentials',
      message: '用户名或密码错误',
    });
  });

  it('ends the session at logout', async () => {
    const { token, sessionId } = await f.org.identity.login(
      { username: 'hubin.duty', password: DEMO_PASSWORD },
      meta,
    );
    await f.org.identity.logout(sessionId);
    expect(await f.org.identity.resolveSession(token)).toBeNull();
  });

  it('expires an idle session and a session past its absolute lifetime', async () => {
    const idle = await f.org.identity.login({ username: 'hubin.clerk', password: DEMO_PASSWORD }, meta);
    f.clock.now = new Date(f.clock.now.getTime() + 121 * 60_000);
    expect(await f.org.identity.resolveSession(idle.token)).toBeNull();

    const busy = await f.org.identity.login({ username: 'hubin.clerk', password: DEMO_PASSWORD }, meta);
    for (let hour = 1; hour <= 12; hour++) {
      f.clock.now = new Date(f.clock.now.getTime() + 60 * 60_000);
      const live = await f.org.identity.resolveSession(busy.token);
      expect(live !== null).toBe(hour < 12);
    }
  });

  it('forces a password change at first login and lifts it after the change', async () => {
    const ctx = await f.contextOf('HZ13101');
    expect(ctx.passwordChangeRequired).toBe(true);
    const caller = f.org.router.createCaller(ctx);
    await expect(caller.people.list({ page: 1, pageSize: 5 })).rejects.toMatchObject({
      code: 'PRECONDITION_FAILED',
    });
    await expect(
      caller.account.changePassword({ currentPassword: DEMO_PASSWORD, newPassword: 'HZ13101abc' }),
    ).rejects.toMatchObject({ code: 'BAD_REQUEST', message: '密码不能包含工号或用户名' });
    await caller.account.changePassword({ currentPassword: DEMO_PASSWORD, newPassword: 'Hall2026new' });
    const after = await f.contextOf('HZ13101', 'Hall2026new');
    expect(after.passwordChangeRequired).toBe(false);
  });
});
