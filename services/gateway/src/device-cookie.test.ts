import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEVICE_COOKIE } from './context.ts';
import { startTestGateway, type TestGateway } from './testing/harness.ts';

describe('the device cookie against lockout denial of service (ADR 0011), over real HTTP', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ seed: 'small' });
  }, 120_000);
  afterAll(() => gw.close());

  it("is set at login, only for the login call, out of scripts' reach", async () => {
    const browser = gw.client();
    const response = await browser.login('hubin.mgr');
    expect(response.status).toBe(200);
    const line = response.headers.getSetCookie().find((c) => c.startsWith(`${DEVICE_COOKIE}=`));
    expect(line).toMatch(/Path=\/trpc\/auth\.login/);
    expect(line).toMatch(/HttpOnly/);
    expect(line).toMatch(/SameSite=Strict/);
  });

  it("keeps the owner's browser signing in while a stranger's guesses pause new devices", async () => {
    const owner = gw.client();
    expect((await owner.login('sc.sup')).status).toBe(200);
    expect((await owner.mutation('auth.logout')).status).toBe(200);
    expect(owner.cookie(DEVICE_COOKIE)).toEqual(expect.any(String));

    const stranger = gw.client();
    const answers: (string | undefined)[] = [];
    const attempt = (password: string) => stranger.mutation('auth.login', { username: 'sc.sup', password });
    for (let i = 0; i < 5; i++) answers.push((await attempt(`guess-${i}`)).error?.data.code);
    expect(answers).toEqual([...Array<string>(4).fill('UNAUTHORIZED'), 'TOO_MANY_REQUESTS']);
    const rightGuess = await attempt('Duda2026');
    expect(rightGuess.status).toBe(429);
    expect(stranger.cookie(DEVICE_COOKIE)).toBeUndefined();

    expect((await owner.login('sc.sup')).status).toBe(200);
    expect((await owner.query('org.me')).status).toBe(200);
  });
});
