import superjson from 'superjson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from './testing/harness.ts';
import type { GatewayClient } from './testing/http-client.ts';

const LOGIN_BUDGET = 4;

/** POSTs a tRPC mutation to a path exactly as given (percent-encoded, batched), with the CSRF header. */
async function post(client: GatewayClient, path: string, body: unknown) {
  const { token } = (await (await client.fetch('/api/csrf-token')).json()) as { token: string };
  return client.fetch(path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-csrf-token': token },
    body: JSON.stringify(body),
  });
}

const guess = (password: string) => superjson.serialize({ username: 'hubin.clerk', password });

describe('the login limit counts the procedure tRPC resolves, over real HTTP', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({
      seed: 'small',
      env: { DUDA_LOGIN_RATE_PER_MINUTE: String(LOGIN_BUDGET), DUDA_API_RATE_PER_MINUTE: '1000' },
    });
  }, 120_000);
  afterAll(() => gw.close());

  it('refuses a batch that carries a login beside other calls, and still serves a batch of one login', async () => {
    const client = gw.client();
    const batch = await post(client, '/trpc/auth.login,auth.login?batch=1', {
      0: guess('guess-0001'),
      1: guess('guess-0002'),
    });
    expect(batch.status).toBe(400);
    expect(await batch.json()).toMatchObject({ message: expect.stringContaining('auth.login') });
    const hidden = await post(client, '/trpc/org.me,%61uth.login?batch=1', { 0: {}, 1: guess('guess-0003') });
    expect(hidden.status).toBe(400);
    // The tRPC client sends a lone login as a batch of one.
    const single = await post(client, '/trpc/auth.login?batch=1', { 0: guess('Duda2026') });
    expect(single.status).toBe(200);
  });

  it('counts percent-encoded login paths in the login budget', async () => {
    const client = gw.client();
    // Each spelling reaches auth.login (Fastify decodes the path once, tRPC once more).
    const paths = ['/trpc/%61uth.login', '/trpc/%2561uth.login', '/%74rpc/auth.login', '/trpc/auth%2Elogin'];
    const statuses: number[] = [];
    for (let i = 0; i < LOGIN_BUDGET + paths.length; i++) {
      statuses.push((await post(client, paths[i % paths.length]!, guess(`guess-1${i}`))).status);
    }
    // The earlier test spent one login of this address's budget.
    expect(statuses.slice(0, LOGIN_BUDGET - 1)).toEqual(Array(LOGIN_BUDGET - 1).fill(401));
    expect(statuses.slice(LOGIN_BUDGET - 1)).toEqual(Array(paths.length + 1).fill(429));
  });

  it('asks for the CSRF token on a percent-encoded mutation path too', async () => {
    const response = await gw.client().fetch('/%74rpc/auth.logout', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{}',
    });
    expect(response.status).toBe(403);
  });
});
