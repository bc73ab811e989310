import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../seed/index.ts';
import { orgFixture, type OrgFixture } from '../testing/fixture.ts';

describe('wrong passwords guessed in parallel (against PostgreSQL)', () => {
  let f: OrgFixture;
  beforeAll(async () => {
    f = await orgFixture();
  });
  afterAll(() => f.close());

  const meta = { ip: '127.0.0.1', userAgent: 'vitest' };

  it('counts every one of 12 parallel failures and locks at the fifth', async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 12 }, () =>
        f.org.identity.login({ username: 'hubin.duty', password: 'wrong-1234' }, meta),
      ),
    );
    const codes = outcomes.map((o) => (o.status === 'rejected' ? (o.reason as { code: string }).code : 'ok'));
    expect(codes.filter((c) => c === 'org.wrongCredentials')).toHaveLength(4);
    expect(codes.filter((c) => c === 'org.loginPaused')).toHaveLength(8);
    const account = await f.org.prisma.account.findUniqueOrThrow({ where: { username: 'hubin.duty' } });
    expect(account.failedAttempts).toBe(12);
    expect(account.lockedUntil).not.toBeNull();
    await expect(
      f.org.identity.login({ username: 'hubin.duty', password: DEMO_PASSWORD }, meta),
    ).rejects.toMatchObject({ code: 'org.loginPaused' });
  });

  it('counts parallel guesses at a name that is no account the same way', async () => {
    const outcomes = await Promise.allSettled(
      Array.from({ length: 12 }, () =>
        f.org.identity.login({ username: 'ghost.user', password: 'wrong-1234' }, meta),
      ),
    );
    const codes = outcomes.map((o) => (o.status === 'rejected' ? (o.reason as { code: string }).code : 'ok'));
    expect(codes.filter((c) => c === 'org.wrongCredentials')).toHaveLength(4);
    expect(codes.filter((c) => c === 'org.loginPaused')).toHaveLength(8);
    const row = await f.org.prisma.loginThrottle.findUniqueOrThrow({ where: { name: 'ghost.user' } });
    expect(row.failedAttempts).toBe(12);
  });

  it('forgets names that are no account a day after their last failure', async () => {
    await f.org.identity.login({ username: 'old.guess', password: 'wrong-1234' }, meta).catch(() => null);
    f.clock.now = new Date(f.clock.now.getTime() + 25 * 3_600_000);
    await f.org.identity.login({ username: 'new.guess', password: 'wrong-1234' }, meta).catch(() => null);
    const names = (await f.org.prisma.loginThrottle.findMany()).map((r) => r.name);
    expect(names).toContain('new.guess');
    expect(names).not.toContain('old.guess');
  });
});
