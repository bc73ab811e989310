import { hallManagerAccount } from '@duda/api-client/testing';
import { afterEach, describe, expect, it } from 'vitest';
import auditRemote from '../../testing/auditRemote.ts';
import { settledAt, startPortal } from '../../testing/portalUnderTest.ts';
import type { PortalUnderTest } from '../../testing/portalUnderTest.ts';

let portal: PortalUnderTest;

afterEach(() => portal.close());

const input = (autocomplete: string) =>
  document.querySelector<HTMLInputElement>(`input[autocomplete="${autocomplete}"]`)!;

function type(element: HTMLInputElement, value: string): void {
  element.value = value;
  element.dispatchEvent(new Event('input'));
}

/** Fills the form as a person does and presses 登录; resolves once the answer is on screen. */
async function logIn(username: string, password: string, expected: RegExp | string = /.*/) {
  type(input('username'), username);
  type(input('current-password'), password);
  document.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit'));
  return settledAt(portal, expected);
}

const alertText = () => document.querySelector('[role="alert"]')?.textContent?.trim() ?? '';

async function until(condition: () => boolean): Promise<void> {
  for (let tries = 0; tries < 100 && !condition(); tries += 1)
    await new Promise((resolve) => setTimeout(resolve, 10));
}

describe('login page', () => {
  it('asks for both fields before calling the gateway', async () => {
    portal = await startPortal({ accounts: [hallManagerAccount()], path: '/login' });
    document.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit'));
    await until(() => portal.text().includes('请输入密码'));
    expect(portal.text()).toContain('请输入用户名或工号');
    expect(portal.gateway.requests.filter((request) => request.path === '/trpc/auth.login')).toEqual([]);
  });

  it('shows the gateway words for a wrong password, then the pause, and empties the password field', async () => {
    portal = await startPortal({ accounts: [hallManagerAccount()], path: '/login' });
    await logIn('hubin.mgr', 'wrong-1');
    await until(() => alertText() !== '');
    expect(alertText()).toBe('用户名或密码错误');
    expect(input('current-password').value).toBe('');

    for (const attempt of [2, 3, 4, 5])
      await portal.session.login({ username: 'hubin.mgr', password: `wrong-${attempt}` }).catch(() => null);
    await logIn('hubin.mgr', 'Duda2026');
    await until(() => alertText().startsWith('登录失败次数过多'));
    expect(alertText()).toMatch(/^登录失败次数过多，此账号在新设备上的登录已暂停，请 15 分钟后再试/);
    expect(portal.router.currentRoute.value.name).toBe('login');
  });

  it('says how long to wait when the gateway limits login attempts', async () => {
    portal = await startPortal({ accounts: [hallManagerAccount()], path: '/login' });
    portal.gateway.limitLogins(0, 55);
    await logIn('hubin.mgr', 'Duda2026');
    await until(() => alertText() !== '');
    expect(alertText()).toBe('操作过于频繁，请 55 秒后再试');
  });

  it('goes back to the page the user came from after logging in', async () => {
    portal = await startPortal({
      accounts: [hallManagerAccount()],
      remotes: { audit: auditRemote },
      path: '/audit/reports',
    });
    expect(await logIn('hubin.mgr', 'Duda2026', '/audit/reports')).toBe('/audit/reports');
    await until(() => portal.text().includes('audit reports page'));
    expect(portal.text()).toContain('湖滨营业厅 · 店面经理');
  });

  it('sends a first login to the password change, keeping where the user was going', async () => {
    portal = await startPortal({
      accounts: [hallManagerAccount({ mustChangePassword: true })],
      path: '/login?redirect=%2Fprofile',
    });
    expect(await logIn('hubin.mgr', 'Duda2026', /^\/change-password/)).toBe(
      '/change-password?redirect=/profile',
    );
    await until(() => portal.text().includes('首次登录或密码被重置后'));
    expect(portal.text()).toContain('首次登录或密码被重置后，需要先设置新密码才能继续使用');
  });

  it('tells a user sent here by an ended session why', async () => {
    portal = await startPortal({
      accounts: [hallManagerAccount()],
      path: '/login?redirect=%2Fprofile&expired=1',
    });
    expect(portal.text()).toContain('登录已失效，请重新登录');
  });
});
