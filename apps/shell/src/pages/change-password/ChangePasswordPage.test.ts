import { hallManagerAccount } from '@duda/api-client/testing';
import { i18n } from '@duda/ui';
import { afterEach, describe, expect, it } from 'vitest';
import { settledAt, startPortal } from '../../testing/portalUnderTest.ts';
import type { PortalUnderTest } from '../../testing/portalUnderTest.ts';

let portal: PortalUnderTest;

afterEach(async () => {
  i18n.global.locale.value = 'zh-CN';
  await portal.close();
});

const passwordInputs = () => [...document.querySelectorAll<HTMLInputElement>('input[type="password"]')];
const fieldErrors = () =>
  [...document.querySelectorAll('.el-form-item__error')].map((error) => error.textContent?.trim());

async function until(condition: () => boolean): Promise<void> {
  for (let tries = 0; tries < 100 && !condition(); tries += 1)
    await new Promise((resolve) => setTimeout(resolve, 10));
}

async function submit(current: string, next: string, confirm = next): Promise<void> {
  const [currentInput, nextInput, confirmInput] = passwordInputs();
  for (const [input, value] of [
    [currentInput!, current],
    [nextInput!, next],
    [confirmInput!, confirm],
  ] as const) {
    input.value = value;
    input.dispatchEvent(new Event('input'));
  }
  document.querySelector<HTMLFormElement>('form')!.dispatchEvent(new Event('submit'));
  await new Promise((resolve) => setTimeout(resolve, 50));
}

async function firstLogin() {
  portal = await startPortal({
    accounts: [hallManagerAccount({ mustChangePassword: true })],
    path: '/login',
  });
  await portal.session.login({ username: 'hubin.mgr', password: 'Duda2026' });
  await portal.router.push('/inspection/halls');
  await settledAt(portal, /^\/change-password/);
  await until(() => passwordInputs().length === 3);
}

const changeRequests = () =>
  portal.gateway.requests.filter((r) => r.path === '/trpc/org.account.changePassword');

describe('password change page', () => {
  it('explains a forced change and offers logout instead of back', async () => {
    await firstLogin();
    expect(portal.text()).toContain('首次登录或密码被重置后，需要先设置新密码才能继续使用');
    expect(portal.text()).toContain('退出登录');
    expect(portal.text()).not.toContain('返回');
  });

  it('names the broken password rule while typing, in the user language, without asking the gateway', async () => {
    await firstLogin();
    await submit('Duda2026', 'short1');
    await until(() => fieldErrors().length > 0);
    expect(fieldErrors()).toContain('密码至少需要 8 位');

    await submit('Duda2026', 'hz10101abc');
    await until(() => fieldErrors().includes('密码不能包含工号或用户名'));

    i18n.global.locale.value = 'en';
    await submit('Duda2026', 'abcdefghij');
    await until(() => fieldErrors().includes('The password needs both letters and digits'));

    await submit('Duda2026', 'Hubin2027', 'Hubin2028');
    await until(() => fieldErrors().includes('The new passwords do not match'));
    expect(changeRequests()).toEqual([]);
  });

  it('puts the gateway objection on the field it is about', async () => {
    await firstLogin();
    await submit('wrong-current', 'Hubin2027');
    await until(() => fieldErrors().includes('当前密码不正确'));
    expect(portal.router.currentRoute.value.name).toBe('change-password');
  });

  it('continues to where the user was going once the password is changed', async () => {
    await firstLogin();
    await submit('Duda2026', 'Hubin2027');
    expect(await settledAt(portal, '/inspection/halls')).toBe('/inspection/halls');
    expect(portal.session.me?.mustChangePassword).toBe(false);
  });
});
