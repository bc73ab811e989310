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

  it('answers wrong passwords alike, then pauses new devices after five, without checking the password', async () => {
    const attempt = (password: string) => f.org.identity.login({ username: 'nanxing.mgr', password }, meta);
    for (let i = 0; i < 4; i++) {
      await expect(attempt('wrong-1234')).rejects.toMatchObject({
        kind: 'UNAUTHORIZED',
        code: 'org.wrongCredentials',
        message: '用户名或密码错误',
      });
    }
    await expect(attempt('wrong-1234')).rejects.toMatchObject({
      kind: 'TOO_MANY_REQUESTS',
      code: 'org.loginPaused',
      params: { minutes: 15 },
    });
    // While paused even the right password gets the pause: a right guess must look like a wrong one.
    await expect(attempt(DEMO_PASSWORD)).rejects.toMatchObject({ code: 'org.loginPaused' });
    f.clock.now = new Date(f.clock.now.getTime() + 16 * 60_000);
    await expect(attempt(DEMO_PASSWORD)).resolves.toMatchObject({ mustChangePassword: false });
  });

  it('gives a name that is no account exactly the answers a real account gets', async () => {
    const answers = async (username: string) => {
      const seen: unknown[] = [];
      for (let i = 0; i < 6; i++) {
        seen.push(
          await f.org.identity
            .login({ username, password: 'guess-9876' }, meta)
            .catch((e: { kind: string; code: string; params: unknown; message: string }) => [
              e.kind,
              e.code,
              e.params,
              e.message,
            ]),
        );
      }
      return seen;
    };
    const real = await answers('HZ10301');
    expect(await answers('no.such.person')).toEqual(real);
    expect(real.at(-1)).toEqual(expect.arrayContaining(['org.loginPaused']));
  });

  it("lets the owner in from a browser that signed in before while a stranger's guesses pause new devices", async () => {
    const owner = await f.org.identity.login({ username: 'sc.sup', password: DEMO_PASSWORD }, meta);
    expect(owner.deviceToken).toEqual(expect.any(String));
    for (let i = 0; i < 5; i++) {
      await f.org.identity.login({ username: 'sc.sup', password: 'stranger-guess' }, meta).catch(() => null);
    }
    await expect(
      f.org.identity.login({ username: 'sc.sup', password: DEMO_PASSWORD }, meta),
    ).rejects.toMatchObject({ code: 'org.loginPaused' });
    const again = await f.org.identity.login(
      { username: 'sc.sup', password: DEMO_PASSWORD, deviceToken: owner.deviceToken },
      meta,
    );
    expect(again.deviceToken).toBeNull();
    // Still paused for new devices: the guesser is still out there.
    await expect(
      f.org.identity.login({ username: 'sc.sup', password: DEMO_PASSWORD }, meta),
    ).rejects.toMatchObject({ code: 'org.loginPaused' });
  });

  it('counts wrong passwords on a trusted device by themselves and pauses that device only', async () => {
    const { deviceToken } = await f.org.identity.login({ username: 'xh.sup', password: DEMO_PASSWORD }, meta);
    const onDevice = (password: string) =>
      f.org.identity.login({ username: 'xh.sup', password, deviceToken }, meta);
    for (let i = 0; i < 4; i++)
      await expect(onDevice('typo-1234')).rejects.toMatchObject({ code: 'org.wrongCredentials' });
    await expect(onDevice('typo-1234')).rejects.toMatchObject({
      code: 'org.devicePaused',
      params: { minutes: 15 },
    });
    await expect(onDevice(DEMO_PASSWORD)).rejects.toMatchObject({ code: 'org.devicePaused' });
    // Another browser is not affected by this device's count.
    await expect(
      f.org.identity.login({ username: 'xh.sup', password: DEMO_PASSWORD }, meta),
    ).resolves.toMatchObject({ deviceToken: expect.any(String) });
  });

  it("does not trust another account's device cookie", async () => {
    const { deviceToken } = await f.org.identity.login(
      { username: 'trainer', password: DEMO_PASSWORD },
      meta,
    );
    for (let i = 0; i < 5; i++) {
      await f.org.identity.login({ username: 'hr', password: 'wrong-4321' }, meta).catch(() => null);
    }
    await expect(
      f.org.identity.login({ username: 'hr', password: DEMO_PASSWORD, deviceToken }, meta),
    ).rejects.toMatchObject({ code: 'org.loginPaused' });
  });

  it('tells a disabled account so only to someone who knows its password', async () => {
    await f.org.prisma.account.update({ where: { username: 'leader' }, data: { disabled: true } });
    await expect(
      f.org.identity.login({ username: 'leader', password: 'not-it-123' }, meta),
    ).rejects.toMatchObject({ code: 'org.wrongCredentials' });
    await expect(
      f.org.identity.login({ username: 'leader', password: DEMO_PASSWORD }, meta),
    ).rejects.toMatchObject({ code: 'org.accountDisabled' });
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
