import type { Page } from '@playwright/test';
import { DEMO_PASSWORD, expect, finalScreenshot, test } from '../support/story.ts';

/** The login form as an English reader fills it in. */
async function logInInEnglish(page: Page, username: string, password: string): Promise<void> {
  await page.getByLabel('Username/staff ID').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

const CHINESE = /[\u4e00-\u9fff]/;

test.describe('English portal', () => {
  test('the server’s refusals read in English: wrong password, lockout and input it will not take', async ({
    page,
  }) => {
    await page.goto('/login');
    await page.getByText('English', { exact: true }).click();
    await expect(page.getByRole('heading', { name: 'Log in to Duda Supervision' })).toBeVisible();
    // The choice is kept: the next visit starts in English, with a fresh form.
    await page.reload();
    await expect(page.getByRole('heading', { name: 'Log in to Duda Supervision' })).toBeVisible();
    // The form's own refusal; a field the server names shows its message as a second alert under the field.
    const alert = page.getByRole('alert').and(page.locator('.login__alert'));

    // 萧山区分公司的一位区县督导（工号登录）；其他故事不用这个账号。
    const username = 'HZ00019';
    for (let attempt = 1; attempt <= 4; attempt++) {
      await logInInEnglish(page, username, `wrong-${attempt}`);
      await expect(alert).toHaveText('Wrong username or password.');
    }
    await logInInEnglish(page, username, 'wrong-5');
    await expect(alert).toHaveText(
      'Too many failed logins. Signing in to this account from new devices is paused; try again in 15 minutes. Devices that have signed in to it before can still sign in.',
    );

    // Even the right password gets the pause: while paused it is not checked at all.
    await logInInEnglish(page, username, DEMO_PASSWORD);
    await expect(alert).toContainText('from new devices is paused; try again in');
    await expect(alert).not.toHaveText(CHINESE);
    await expect(page).toHaveURL(/\/login/);

    // A username longer than the server accepts: zod's issue, worded by zod's English renderer.
    await logInInEnglish(page, 'x'.repeat(51), DEMO_PASSWORD);
    await expect(alert).toHaveText(
      'Invalid input: username: Too big: expected string to have <=50 characters',
    );
    await expect(
      page.getByText('Too big: expected string to have <=50 characters', { exact: true }),
    ).toBeVisible();
    await finalScreenshot(page, 'english-errors');
  });
});
