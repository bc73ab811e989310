import { browseTo, hallManagerAccount, startTestGateway } from '@duda/api-client/testing';
import type { TestGateway } from '@duda/api-client/testing';
import { setCurrentUser, useCurrentUser } from '@duda/federation';
import { createPinia } from 'pinia';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useSessionStore } from './sessionStore.ts';

let gateway: TestGateway;
const store = () => useSessionStore(createPinia());
const meCalls = () => gateway.requests.filter((request) => request.path === '/trpc/org.me').length;

beforeEach(async () => {
  setCurrentUser(null);
  gateway = await startTestGateway({ accounts: [hallManagerAccount()] });
  browseTo(`${gateway.origin}/`);
});

afterEach(() => gateway.close());

describe('session store', () => {
  it('knows nobody is logged in once org.me says so', async () => {
    const session = store();
    expect(session.status).toBe('unknown');
    expect(await session.ensureLoaded()).toBe('anonymous');
    expect(session.me).toBeNull();
  });

  it('asks org.me once for callers arriving together, and not again once it knows', async () => {
    const session = store();
    await Promise.all([session.ensureLoaded(), session.ensureLoaded(), session.load()]);
    await session.ensureLoaded();
    expect(meCalls()).toBe(1);
  });

  it('takes the person the page was served to without asking org.me, and asks again after signing out', async () => {
    const first = store();
    await first.login({ username: 'hubin.mgr', password: 'Duda2026' });
    const served = first.me!;
    const callsBefore = meCalls();
    const session = store();
    session.adopt(served);
    expect(await session.ensureLoaded()).toBe('ready');
    expect(useCurrentUser().person.value?.name).toBe('李娜');
    expect(meCalls()).toBe(callsBefore);
    await session.logout();
    expect(await session.ensureLoaded()).toBe('anonymous');
    expect(await session.load()).toBe('anonymous');
    expect(meCalls()).toBe(callsBefore + 1);
  });

  it('logs in and hands the same person to the remotes through useCurrentUser', async () => {
    const session = store();
    const { person, can } = useCurrentUser();
    expect(await session.login({ username: 'hubin.mgr', password: 'Duda2026' })).toBe('ready');
    expect(session.me?.person.name).toBe('李娜');
    expect(person.value?.orgName).toBe('湖滨营业厅');
    expect(can('inspection.perform')).toBe(true);
  });

  it('passes a failed login on, staying logged out', async () => {
    const session = store();
    await expect(session.login({ username: 'hubin.mgr', password: 'nope' })).rejects.toThrow(
      /用户名或密码错误/,
    );
    expect(session.status).toBe('unknown');
    expect(useCurrentUser().user.value).toBeNull();
  });

  it('logs out, also when the session had already ended on the server', async () => {
    const session = store();
    await session.login({ username: 'hubin.mgr', password: 'Duda2026' });
    gateway.expireSession();
    await session.logout();
    expect(session.status).toBe('anonymous');
    expect(useCurrentUser().user.value).toBeNull();
  });

  it('says why when org.me cannot be asked, and recovers on the next try', async () => {
    const session = store();
    const origin = gateway.origin;
    await gateway.close();
    expect(await session.load()).toBe('failed');
    expect(session.failure).toBe('无法连接服务器，请检查网络后重试');

    gateway = await startTestGateway({ accounts: [hallManagerAccount()] });
    browseTo(`${gateway.origin}/`);
    expect(gateway.origin).not.toBe(origin);
    expect(await session.ensureLoaded()).toBe('anonymous');
    expect(session.failure).toBeNull();
  });

  it('requires and then completes the password change', async () => {
    const session = store();
    await session.login({ username: 'hubin.mgr', password: 'Duda2026' });
    session.requirePasswordChange();
    expect(session.me?.mustChangePassword).toBe(true);

    gateway.requirePasswordChange();
    await session.changePassword({ currentPassword: 'Duda2026', newPassword: 'Hubin2027' });
    expect(session.me?.mustChangePassword).toBe(false);
  });
});
