import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AuthProblem } from './auth-events.ts';
import { onAuthProblem } from './auth-events.ts';
import { api } from './client.ts';
import { browseTo, hallManagerAccount, startTestGateway, testApiClient } from './testing/index.ts';
import type { TestGateway } from './testing/index.ts';

let gateway: TestGateway;
let reported: AuthProblem[];
const client = () => testApiClient({ onAuthProblem: (problem) => reported.push(problem) });

beforeEach(async () => {
  gateway = await startTestGateway({ accounts: [hallManagerAccount()] });
  browseTo(`${gateway.origin}/`);
  reported = [];
});

afterEach(() => gateway.close());

async function loggedIn() {
  const portal = client();
  await portal.auth.login.mutate({ username: 'hubin.mgr', password: 'Duda2026' });
  return portal;
}

describe('auth problems found on any answer', () => {
  it('reports an ended session once per answer, however many calls of a batch found it', async () => {
    const portal = await loggedIn();
    gateway.expireSession();

    const results = await Promise.allSettled([portal.org.me.query(), portal.failures.notFound.query()]);
    expect(results.map((result) => result.status)).toEqual(['rejected', 'rejected']);
    expect(reported).toEqual(['unauthorized']);
  });

  it('does not treat a wrong password at login as an ended session', async () => {
    await expect(client().auth.login.mutate({ username: 'hubin.mgr', password: 'nope' })).rejects.toThrow(
      /用户名或密码错误/,
    );
    expect(reported).toEqual([]);
  });

  it('reports a required password change, also inside a batch where another call succeeded (207)', async () => {
    const portal = await loggedIn();
    gateway.requirePasswordChange();

    const [me, other] = await Promise.allSettled([portal.org.me.query(), portal.failures.notFound.query()]);
    expect(me.status).toBe('fulfilled');
    expect(other.status).toBe('rejected');
    expect(reported).toEqual(['password-change-required']);
  });

  it('stays quiet about answers that are not about the session', async () => {
    const portal = await loggedIn();
    await Promise.allSettled([portal.failures.notFound.query()]);
    await Promise.allSettled([portal.failures.crash.query()]);
    await Promise.allSettled([portal.failures.conflict.mutate()]);
    expect(reported).toEqual([]);
  });

  it('hands tRPC the answer unread, so the caller still gets the gateway message', async () => {
    const portal = await loggedIn();
    gateway.expireSession();
    await expect(portal.org.me.query()).rejects.toThrow('登录已失效，请重新登录');
  });
});

describe('the shared portal client', () => {
  it('tells every onAuthProblem subscriber until it unsubscribes', async () => {
    const heard: AuthProblem[] = [];
    const stop = onAuthProblem((problem) => heard.push(problem));

    await expect(api.org.me.query()).rejects.toThrow();
    stop();
    await expect(api.org.me.query()).rejects.toThrow();

    expect(heard).toEqual(['unauthorized']);
  });
});
