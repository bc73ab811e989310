import { clerkAccount, hallManagerAccount, testApiClient } from '@duda/api-client/testing';
import { api } from '@duda/api-client';
import { afterEach, describe, expect, it } from 'vitest';
import { redirectTarget } from '../session/redirect.ts';
import auditRemote from '../testing/auditRemote.ts';
import { settledAt, startPortal } from '../testing/portalUnderTest.ts';
import type { PortalUnderTest } from '../testing/portalUnderTest.ts';

let portal: PortalUnderTest;

afterEach(() => portal.close());

const logIn = async (username: string, password = 'Duda2026') => {
  await portal.session.login({ username, password });
};

describe('route guards', () => {
  it('sends an anonymous deep link to login, and back to it (query included) after login', async () => {
    portal = await startPortal({
      accounts: [hallManagerAccount()],
      remotes: { audit: auditRemote },
      path: '/audit/reports?month=2026-11',
    });
    expect(portal.router.currentRoute.value.name).toBe('login');
    expect(portal.router.currentRoute.value.query.redirect).toBe('/audit/reports?month=2026-11');

    await logIn('hubin.mgr');
    await portal.router.replace(String(portal.router.currentRoute.value.query.redirect));
    expect(await settledAt(portal, '/audit/reports?month=2026-11')).toBe('/audit/reports?month=2026-11');
    expect(portal.text()).toContain('audit reports page');
  });

  it('waits for the remotes before calling a deep link into one "not found"', async () => {
    portal = await startPortal({
      accounts: [hallManagerAccount()],
      remotes: { audit: auditRemote },
      path: '/login',
    });
    await logIn('hubin.mgr');
    await portal.router.push('/audit');
    expect(await settledAt(portal, '/audit/reports')).toBe('/audit/reports');
  });

  it('keeps a person who must change their password on that page, remembering where they were going', async () => {
    portal = await startPortal({
      accounts: [hallManagerAccount({ mustChangePassword: true })],
      remotes: { audit: auditRemote },
      path: '/login',
    });
    await logIn('hubin.mgr');
    await portal.router.push('/audit/reports');
    expect(portal.router.currentRoute.value.name).toBe('change-password');
    expect(portal.router.currentRoute.value.query.redirect).toBe('/audit/reports');
    await portal.router.push('/profile');
    expect(portal.router.currentRoute.value.name).toBe('change-password');
  });

  it('shows 无权访问 for a remote page the role may not open, remembering the address', async () => {
    portal = await startPortal({
      accounts: [clerkAccount()],
      remotes: { audit: auditRemote },
      path: '/login',
    });
    await logIn('hubin.clerk');
    await portal.router.push('/audit/reports');
    expect(await settledAt(portal, /^\/forbidden/)).toBe('/forbidden?from=/audit/reports');
    expect(portal.text()).toContain('无权访问');
  });

  it('sends someone already logged in away from the login page, to the redirect target', async () => {
    portal = await startPortal({ accounts: [hallManagerAccount()], path: '/login' });
    await logIn('hubin.mgr');
    await portal.router.push('/login?redirect=/profile');
    expect(portal.router.currentRoute.value.fullPath).toBe('/profile');
    await portal.router.push('/login?redirect=https://evil.example/');
    expect(portal.router.currentRoute.value.fullPath).toBe('/');
  });
});

describe('when a call finds the session gone', () => {
  it('goes to login saying so, forgets cached data, and comes back to the same page after logging in', async () => {
    portal = await startPortal({
      accounts: [hallManagerAccount()],
      remotes: { audit: auditRemote },
      path: '/login',
    });
    await logIn('hubin.mgr');
    await portal.router.push('/audit/reports?month=2026-10');
    await settledAt(portal, '/audit/reports?month=2026-10');
    portal.queryClient.setQueryData(['org', 'halls'], ['湖滨营业厅']);

    portal.gateway.expireSession();
    // Any call through the portal client, e.g. a remote page refreshing its list.
    await expect(api.org.me.query()).rejects.toThrow('登录已失效');
    await settledAt(portal, /^\/login/);

    const { query } = portal.router.currentRoute.value;
    expect(query).toEqual({ redirect: '/audit/reports?month=2026-10', expired: '1' });
    expect(portal.queryClient.getQueryData(['org', 'halls'])).toBeUndefined();

    await logIn('hubin.mgr');
    await portal.router.replace(redirectTarget(query));
    expect(await settledAt(portal, '/audit/reports?month=2026-10')).toBe('/audit/reports?month=2026-10');
  });

  it('goes to the password change when an administrator reset the password meanwhile', async () => {
    portal = await startPortal({ accounts: [hallManagerAccount()], path: '/login' });
    await logIn('hubin.mgr');
    await portal.router.push('/profile');

    portal.gateway.requirePasswordChange();
    await expect(testApiClient().failures.notFound.query()).rejects.toThrow(
      '首次登录或密码重置后，请先修改密码',
    );
    await settledAt(portal, /^\/change-password/);
    expect(portal.router.currentRoute.value.query).toEqual({ redirect: '/profile' });
    expect(portal.session.me?.mustChangePassword).toBe(true);
  });
});
