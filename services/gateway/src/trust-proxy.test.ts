import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './testing/harness.ts';

const LOGIN_BUDGET = 3;

/** Anonymous login calls, each claiming another client address in X-Forwarded-For; returns the statuses. */
async function loginsFromClaimedAddresses(gw: TestGateway, count: number): Promise<number[]> {
  const client = gw.client();
  const { token } = (await (await client.fetch('/api/csrf-token')).json()) as { token: string };
  const statuses: number[] = [];
  for (let i = 0; i < count; i++) {
    const response = await client.fetch('/trpc/auth.login', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'x-csrf-token': token,
        'x-forwarded-for': `203.0.113.${i + 1}`,
      },
      body: JSON.stringify(superjson.serialize({ username: `nobody${i}`, password: 'guess-1234' })),
    });
    statuses.push(response.status);
  }
  return statuses;
}

const env = { DUDA_LOGIN_RATE_PER_MINUTE: String(LOGIN_BUDGET), DUDA_API_RATE_PER_MINUTE: '1000' };

describe('client addresses and X-Forwarded-For, over real HTTP', () => {
  let direct: TestGateway;
  let proxied: TestGateway;
  beforeAll(async () => {
    direct = await startTestGateway({ seed: 'small', env });
    proxied = await startTestGateway({ seed: 'small', env: { ...env, DUDA_TRUST_PROXY: 'true' } });
  }, 180_000);
  afterAll(async () => {
    await direct.close();
    await proxied.close();
  });

  it('ignores the header by default, so a client cannot escape the per-address login limit by naming addresses', async () => {
    expect((await loginsFromClaimedAddresses(direct, LOGIN_BUDGET + 1)).at(-1)).toBe(429);
  });

  it('believes the proxy when told it sits behind one', async () => {
    expect(await loginsFromClaimedAddresses(proxied, LOGIN_BUDGET + 1)).not.toContain(429);
  });
});
