import { hallManagerAccount } from '@duda/api-client/testing';
import { i18n } from '@duda/ui';
import { afterEach, describe, expect, it } from 'vitest';
import { settledAt, startPortal } from '../testing/portalUnderTest.ts';
import type { PortalUnderTest } from '../testing/portalUnderTest.ts';

let portal: PortalUnderTest;

afterEach(async () => {
  i18n.global.locale.value = 'zh-CN';
  await portal.close();
});

async function until(condition: () => boolean): Promise<void> {
  for (let tries = 0; tries < 100 && !condition(); tries += 1)
    await new Promise((resolve) => setTimeout(resolve, 10));
}

/** Opens the user menu (the name in the top bar) and clicks the item with this text. */
async function choose(item: string): Promise<void> {
  document.querySelector<HTMLButtonElement>('.user-menu__trigger')!.click();
  const find = () =>
    [...document.querySelectorAll<HTMLElement>('.el-dropdown-menu__item')].find(
      (el) => el.textContent?.trim() === item,
    );
  await until(() => find() !== undefined);
  find()!.click();
}

async function loggedIn(path: string) {
  portal = await startPortal({ accounts: [hallManagerAccount()], path: '/login' });
  await portal.session.login({ username: 'hubin.mgr', password: 'Duda2026' });
  await portal.router.push(path);
  await until(() => document.querySelector('.user-menu__trigger') !== null);
}

describe('user menu', () => {
  it('shows the user and their scope in the top bar', async () => {
    await loggedIn('/');
    expect(document.querySelector('.user-menu__trigger')?.textContent).toContain('李娜');
    expect(document.querySelector('[data-testid="user-scope"]')?.textContent).toBe('湖滨营业厅 · 店面经理');
  });

  it('switches the whole portal to English and back', async () => {
    await loggedIn('/');
    await choose('English');
    await until(() => portal.text().includes('Hall manager'));
    expect(document.querySelector('[data-testid="user-scope"]')?.textContent).toBe(
      '湖滨营业厅 · Hall manager',
    );
    expect(document.documentElement.lang).toBe('en');

    await choose('简体中文');
    await until(() => portal.text().includes('店面经理'));
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('opens the profile, and the password change returning to the current page', async () => {
    await loggedIn('/profile');
    await choose('修改密码');
    expect(await settledAt(portal, /^\/change-password/)).toBe('/change-password?redirect=/profile');
    await portal.router.push('/');
    await choose('个人信息');
    expect(await settledAt(portal, '/profile')).toBe('/profile');
  });

  it('logs out to the login page and forgets the person and their cached data', async () => {
    await loggedIn('/profile');
    portal.queryClient.setQueryData(['org', 'halls'], ['湖滨营业厅']);
    await choose('退出登录');
    expect(await settledAt(portal, '/login')).toBe('/login');
    expect(portal.session.me).toBeNull();
    expect(portal.queryClient.getQueryData(['org', 'halls'])).toBeUndefined();
    await portal.router.push('/profile');
    expect(portal.router.currentRoute.value.fullPath).toBe('/login?redirect=/profile');
  });
});
