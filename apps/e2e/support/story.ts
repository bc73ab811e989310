// What every story uses: the portal's address, logging in the way a person does, and the screenshot of
// the screen a story ends on (written to apps/e2e/screenshots/, which git ignores).
import { test as base, expect, type Browser, type Page } from '@playwright/test';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export { expect };

/** The password of every demo account (see services/org's seed). */
export const DEMO_PASSWORD = 'Duda2026';

const screenshotDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'screenshots');

export async function logIn(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名/工号').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

/** Logs in and waits until the portal has left the login page. */
export async function logInAs(page: Page, username: string): Promise<void> {
  await logIn(page, username);
  await page.waitForURL((url) => !url.pathname.startsWith('/login'));
}

/**
 * Another person's browser beside the story's own page: a new context in zh-CN and China time (a phone's screen
 * and touch with `phone`), logged in as `username`, at `url` when given.
 */
export async function openAs(
  browser: Browser,
  baseURL: string,
  username: string,
  options: { phone?: boolean; url?: string } = {},
): Promise<Page> {
  const context = await browser.newContext({
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    ...(options.phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : {}),
  });
  const page = await context.newPage();
  await logInAs(page, username);
  if (options.url) await page.goto(options.url);
  return page;
}

/** A demo account's first sign-in: the portal asks for a new password before anything else. */
export async function firstLogIn(page: Page, username: string, newPassword: string): Promise<void> {
  await logIn(page, username);
  await expect(page).toHaveURL(/\/change-password/);
  await page.getByLabel('当前密码').fill(DEMO_PASSWORD);
  await page.getByLabel('新密码', { exact: true }).fill(newPassword);
  await page.getByLabel('确认新密码').fill(newPassword);
  await page.getByRole('button', { name: /确认修改|保存|修改密码/ }).click();
  await expect(page).not.toHaveURL(/\/change-password/);
}

export function sideMenu(page: Page) {
  return page.getByRole('navigation', { name: '导航菜单' });
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Opens a group of the side menu (a remote's entries) unless it is open already. Its name is the title, then
 * the count of to-dos waiting in that area when there are any (the menu badge).
 */
export async function openMenuGroup(page: Page, title: string): Promise<void> {
  const group = sideMenu(page).getByRole('menuitem', {
    name: new RegExp(`^${escapeRegExp(title)}(\\s|\\d|$)`),
  });
  if ((await group.getAttribute('aria-expanded')) !== 'true')
    await group.getByText(title, { exact: true }).click();
  await expect(group).toHaveAttribute('aria-expanded', 'true');
}

export async function finalScreenshot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(screenshotDir, `${name}.png`), fullPage: true });
}

export const test = base.extend<{ closeOthersPages: void }>({
  // Playwright reads a fixture's dependencies from its first parameter, so it must be a pattern.
  // eslint-disable-next-line no-empty-pattern
  baseURL: async ({}, use) => {
    const url = process.env.E2E_BASE_URL;
    if (!url) throw new Error('E2E_BASE_URL is not set: the global setup starts the portal and sets it');
    await use(url);
  },
  // The other people's browsers a story opens (openAs, a phone) end with it: the browser lives for the whole run,
  // and their portals would otherwise keep their live streams and refreshes going through every later story.
  // Playwright has taken its failure screenshots by the time this runs.
  closeOthersPages: [
    async ({ browser, context }, use) => {
      const before = new Set(browser.contexts());
      await use();
      await Promise.all(
        browser
          .contexts()
          .filter((other) => other !== context && !before.has(other))
          .map((other) => other.close()),
      );
    },
    { auto: true },
  ],
});
