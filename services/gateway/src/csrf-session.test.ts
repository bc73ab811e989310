import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from './context.ts';
import { startTestGateway, type TestGateway } from './testing/harness.ts';
import type { GatewayClient } from './testing/http-client.ts';

const CSRF_COOKIE = 'duda_csrf';

describe('the CSRF token belongs to one session, over real HTTP', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ seed: 'small' });
  }, 120_000);
  afterAll(() => gw.close());

  /** A signed-in browser's session cookie with a CSRF cookie and token it fetched while signed in. */
  async function signedIn(username: string) {
    const browser = gw.client();
    await browser.login(username);
    const { token } = (await (await browser.fetch('/api/csrf-token')).json()) as { token: string };
    return { session: browser.cookie(SESSION_COOKIE)!, csrfCookie: browser.cookie(CSRF_COOKIE)!, token };
  }

  const logout = (session: string, csrf: { csrfCookie: string; token: string }) =>
    fetch(`${gw.url}/trpc/auth.logout`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: `${SESSION_COOKIE}=${session}; ${CSRF_COOKIE}=${csrf.csrfCookie}`,
        'x-csrf-token': csrf.token,
      },
      body: '{}',
    });

  it("refuses another session's CSRF cookie and token (cookie tossing), and takes the session's own", async () => {
    const victim = await signedIn('hubin.mgr');
    const attacker = await signedIn('hubin.clerk');
    const tossed = await logout(victim.session, attacker);
    expect(tossed.status).toBe(403);
    expect(await tossed.json()).toMatchObject({ code: expect.stringMatching(/^FST_CSRF_/) });
    expect((await logout(victim.session, victim)).status).toBe(200);
  });

  it('lets a browser carry on after login with a fresh token', async () => {
    const browser: GatewayClient = gw.client();
    await browser.login('hubin.duty');
    expect((await browser.mutation('auth.logout')).status).toBe(200);
  });
});
