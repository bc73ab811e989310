import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE } from './context.ts';
import { startTestGateway, type TestGateway } from './testing/harness.ts';

describe('a new login from the same browser, over real HTTP', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ seed: 'small' });
  }, 120_000);
  afterAll(() => gw.close());

  const meWith = (session: string) =>
    fetch(`${gw.url}/trpc/org.me`, { headers: { cookie: `${SESSION_COOKIE}=${session}` } });

  it('ends the session the browser held before', async () => {
    const browser = gw.client();
    await browser.login('hubin.mgr');
    const earlier = browser.cookie(SESSION_COOKIE)!;
    expect((await meWith(earlier)).status).toBe(200);
    await browser.login('hubin.duty');
    const current = browser.cookie(SESSION_COOKIE)!;
    expect(current).not.toBe(earlier);
    expect((await meWith(earlier)).status).toBe(401);
    expect((await meWith(current)).status).toBe(200);
  });

  it('leaves the sessions of other browsers alone', async () => {
    const phone = gw.client();
    const desk = gw.client();
    await phone.login('hubin.clerk');
    await desk.login('hubin.clerk');
    expect((await meWith(phone.cookie(SESSION_COOKIE)!)).status).toBe(200);
  });
});
