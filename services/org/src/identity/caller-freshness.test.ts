// The caller cache (identity/actor-cache.ts) must never keep a signed-out or disabled person in, and a role
// change must apply: at once in the process whose admin router made it, as soon as its announcement arrives in
// every other process, and within ACTOR_TTL_MS when it was written behind the router's back.
import { createPool } from '@duda/db';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrgService } from '../module.ts';
import { DEMO_PASSWORD } from '../seed/index.ts';
import { orgFixture, type OrgFixture } from '../testing/fixture.ts';
import { ACTOR_TTL_MS } from './actor-cache.ts';

const until = async (check: () => boolean | Promise<boolean>, ms = 5_000) => {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
};

describe('the cached caller stays truthful (against PostgreSQL)', () => {
  let f: OrgFixture;
  beforeAll(async () => {
    f = await orgFixture();
    await until(() => f.org.callerChanges.trusted());
  });
  afterAll(() => f.close());

  const meta = { ip: '127.0.0.1', userAgent: 'vitest' };
  const signIn = async (username: string) =>
    (await f.org.identity.login({ username, password: DEMO_PASSWORD }, meta)).token;
  const roles = async (token: string) =>
    (await f.org.identity.resolveSession(token))?.actor.roles.map((r) => `${r.role}@${r.orgNodeName}`).sort();

  it('a role granted and revoked through the admin router applies to the very next request', async () => {
    const token = await signIn('nanxing.mgr');
    const before = await roles(token);
    const person = (await f.org.identity.resolveSession(token))!.actor;
    const district = f.seeded.districts.find((d) => d.code === 'HZ-XH')!;
    const admin = await f.callerOf('admin');
    const granted = await admin.admin.assignRole({
      personId: person.personId,
      role: 'district_supervisor',
      orgNodeId: district.id,
    });
    expect(await roles(token)).toEqual([...before!, `district_supervisor@${district.name}`].sort());
    await admin.admin.revokeRole({ assignmentId: granted.id });
    expect(await roles(token)).toEqual(before);
  });

  it('a role written behind the router applies once the cached answer is ACTOR_TTL_MS old', async () => {
    const token = await signIn('hubin.duty');
    const person = (await f.org.identity.resolveSession(token))!.actor;
    const before = await roles(token);
    const hall = f.seeded.districts.flatMap((d) => d.halls).find((h) => h.code === 'HZ-SC-02')!;
    await f.org.prisma.roleAssignment.create({
      data: { personId: person.personId, role: 'duty_manager', orgNodeId: hall.id },
    });
    expect(await roles(token)).toEqual(before);
    f.clock.now = new Date(f.clock.now.getTime() + ACTOR_TTL_MS);
    expect(await roles(token)).toContain(`duty_manager@${hall.name}`);
  });

  it('a role granted in one process applies in another as soon as its announcement arrives', async () => {
    const pool = createPool(f.db.url, 2);
    const other = createOrgService({ pool, now: () => f.clock.now });
    try {
      await until(() => other.callerChanges.trusted());
      const { token } = await other.identity.login(
        { username: 'hubin.clerk', password: DEMO_PASSWORD },
        meta,
      );
      const rolesThere = async () =>
        (await other.identity.resolveSession(token))?.actor.roles.map((r) => r.role).sort();
      expect(await rolesThere()).toEqual(['clerk']);
      const person = (await other.identity.resolveSession(token))!.actor;
      const hall = f.seeded.districts.flatMap((d) => d.halls).find((h) => h.code === 'HZ-SC-01')!;
      await (
        await f.callerOf('admin')
      ).admin.assignRole({
        personId: person.personId,
        role: 'duty_manager',
        orgNodeId: hall.id,
      });
      await until(async () => (await rolesThere())?.join() === 'clerk,duty_manager', 2_000);
    } finally {
      await other.close();
      await pool.end();
    }
  });

  it('a sign-out, a password reset and a revocation through this process end its cached sessions at once', async () => {
    const out = await signIn('hubin.clerk');
    const outSession = (await f.org.identity.resolveSession(out))!;
    expect(await f.org.identity.resolveSession(out)).not.toBeNull();
    await f.org.identity.logout(outSession.sessionId);
    expect(await f.org.identity.resolveSession(out)).toBeNull();

    const admin = await f.callerOf('admin');
    const reset = await signIn('xh.sup');
    const resetPerson = (await f.org.identity.resolveSession(reset))!.actor.personId;
    await admin.admin.resetPassword({ personId: resetPerson });
    expect(await f.org.identity.resolveSession(reset)).toBeNull();

    const revoked = await signIn('nanxing.mgr');
    const revokedPerson = (await f.org.identity.resolveSession(revoked))!.actor.personId;
    await admin.admin.revokeSessions({ personId: revokedPerson });
    expect(await f.org.identity.resolveSession(revoked)).toBeNull();
  });

  it('a disabled account, a person who left and a session revoked behind the router end it once announced', async () => {
    // Written by hand, not through the org service: the rows' own triggers announce it.
    const disabled = await signIn('hubin.duty');
    const { personId } = (await f.org.identity.resolveSession(disabled))!.actor;
    await f.org.prisma.account.update({ where: { personId }, data: { disabled: true } });
    await until(async () => (await f.org.identity.resolveSession(disabled)) === null, 2_000);

    const leaver = await signIn('hr');
    const hr = (await f.org.identity.resolveSession(leaver))!.actor;
    await f.org.prisma.person.update({ where: { id: hr.personId }, data: { status: 'left' } });
    await until(async () => (await f.org.identity.resolveSession(leaver)) === null, 2_000);

    const revoked = await signIn('hubin.clerk');
    const { sessionId } = (await f.org.identity.resolveSession(revoked))!;
    await f.org.prisma.session.update({ where: { id: sessionId }, data: { revokedAt: f.clock.now } });
    await until(async () => (await f.org.identity.resolveSession(revoked)) === null, 2_000);
  });

  it('a resolved session is kept: its last-seen time written by hand (not announced) is not read again', async () => {
    const token = await signIn('hubin.clerk');
    const { sessionId } = (await f.org.identity.resolveSession(token))!;
    // Were it read, this session would be idle past the limit and refused.
    await f.org.prisma.session.update({ where: { id: sessionId }, data: { lastSeenAt: new Date(0) } });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await f.org.identity.resolveSession(token)).not.toBeNull();
  });

  it('a sign-out in one process ends the session in another as soon as its announcement arrives', async () => {
    const pool = createPool(f.db.url, 2);
    const other = createOrgService({ pool, now: () => f.clock.now });
    try {
      await until(() => other.callerChanges.trusted());
      const token = await signIn('hubin.clerk');
      const { sessionId } = (await other.identity.resolveSession(token))!;
      expect(await other.identity.resolveSession(token)).not.toBeNull();
      await f.org.identity.logout(sessionId);
      await until(async () => (await other.identity.resolveSession(token)) === null, 2_000);
    } finally {
      await other.close();
      await pool.end();
    }
  });
});
