import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCsrfFetch } from './csrf-fetch.ts';
import { toUserMessage } from './errors.ts';
import { browseTo, hallManagerAccount, startTestGateway, testApiClient } from './testing/index.ts';
import type { TestGateway } from './testing/index.ts';

let gateway: TestGateway;

beforeEach(async () => {
  gateway = await startTestGateway({ accounts: [hallManagerAccount()] });
  browseTo(`${gateway.origin}/`);
});

afterEach(() => gateway.close());

const tokenRequests = () => gateway.requests.filter((request) => request.path === '/api/csrf-token');
const logins = () => gateway.requests.filter((request) => request.path === '/trpc/auth.login');

describe('CSRF token on mutations', () => {
  it('asks for a token on the first mutation only and sends it with every POST', async () => {
    const api = testApiClient();
    await api.auth.login.mutate({ username: 'hubin.mgr', password: 'Duda2026' });
    await api.auth.logout.mutate();

    expect(tokenRequests()).toHaveLength(1);
    const posts = gateway.requests.filter((request) => request.method === 'POST');
    expect(posts.map((post) => post.csrfToken)).toEqual(['1:1', '1:1']);
  });

  it('sends queries (GET) without a token and never asks for one for them', async () => {
    const api = testApiClient();
    await expect(api.org.me.query()).rejects.toThrow();

    expect(tokenRequests()).toHaveLength(0);
    expect(gateway.requests).toEqual([{ method: 'GET', path: '/trpc/org.me', csrfToken: null }]);
  });

  it('replaces a token the gateway refuses (cookie replaced in another tab) and sends the call once more', async () => {
    const api = testApiClient();
    await api.auth.login.mutate({ username: 'hubin.mgr', password: 'Duda2026' });
    gateway.rotateCsrfSecret();

    await expect(api.auth.logout.mutate()).resolves.toEqual({ ok: true });
    expect(tokenRequests()).toHaveLength(2);
    expect(
      gateway.requests.filter((request) => request.path === '/trpc/auth.logout').map((r) => r.csrfToken),
    ).toEqual(['1:1', '2:2']);
  });

  it('lets concurrent mutations share one token request, and one replacement after a refusal', async () => {
    // Separate requests (the batch link would merge calls made in the same tick into one).
    const csrfFetch = createCsrfFetch({ fetch: (input, init) => fetch(input, init) });
    const post = () =>
      csrfFetch('/trpc/auth.logout', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
    await Promise.all([post(), post(), post()]);
    expect(tokenRequests()).toHaveLength(1);

    gateway.rotateCsrfSecret();
    const answers = await Promise.all([post(), post()]);
    expect(tokenRequests()).toHaveLength(2);
    // Both were refused once and then accepted by tRPC (which answers 401: nobody is logged in).
    expect(answers.map((answer) => answer.status)).toEqual([401, 401]);
  });

  it('passes a second refusal in a row on to the caller as a "reload the page" message', async () => {
    gateway.refuseEveryCsrfToken();
    const api = testApiClient();

    const error = await api.auth.login
      .mutate({ username: 'hubin.mgr', password: 'Duda2026' })
      .catch((e: unknown) => e);
    expect(logins()).toHaveLength(2);
    expect(toUserMessage(error)).toBe('页面已过期，请刷新页面后重试');
  });
});
