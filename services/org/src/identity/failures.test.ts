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
    expect(codes.filter((c) => c === 'org.wrongPassword')).toHaveLength(4);
    expect(codes.filter((c) => c === 'org.lockedNow')).toHaveLength(8);
    const account = await f.org.prisma.account.findUniqueOrThrow({ where: { username: 'hubin.duty' } });
    expect(account.failedAttempts).toBe(12);
    expect(account.lockedUntil).not.toBeNull();
    await expect(
      f.org.identity.login({ username: 'hubin.duty', password: DEMO_PASSWORD }, meta),
    ).rejects.toMatchObject({ code: 'org.locked' });
  });
});
