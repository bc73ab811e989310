import { DEMO_PASSWORD, expect, finalScreenshot, logIn, test } from '../support/story.ts';

test.describe('登录安全', () => {
  test('连续五次输错密码，账号被锁定，并清楚说明还要等多久', async ({ page }) => {
    // 滨江区分公司的一位区县督导（工号登录）；其他故事不用这个账号。
    const username = 'HZ00017';
    for (let attempt = 1; attempt <= 4; attempt++) {
      await logIn(page, username, `wrong-${attempt}`);
      await expect(page.getByRole('alert')).toContainText(`再输错 ${5 - attempt} 次账号将被锁定`);
    }
    await logIn(page, username, 'wrong-5');
    await expect(page.getByRole('alert')).toContainText('账号已锁定 15 分钟');

    // Even the right password is refused while the account is locked.
    await logIn(page, username, DEMO_PASSWORD);
    await expect(page.getByRole('alert')).toContainText('账号已锁定');
    await expect(page).toHaveURL(/\/login/);
    await finalScreenshot(page, 'account-locked');
  });

  test('首次登录必须先改密码，改好后进入门户', async ({ page }) => {
    await logIn(page, 'HZ00018');
    await expect(page).toHaveURL(/\/change-password/);
    await expect(page.getByText('首次登录或密码被重置后')).toBeVisible();

    const newPassword = 'Binjiang#2026';
    await page.getByLabel('当前密码').fill(DEMO_PASSWORD);
    await page.getByLabel('新密码', { exact: true }).fill(newPassword);
    await page.getByLabel('确认新密码').fill(newPassword);
    await page.getByRole('button', { name: /确认修改|保存|修改密码/ }).click();

    await expect(page).not.toHaveURL(/\/change-password/);
    await expect(page.getByTestId('user-scope')).toContainText('滨江区');
    await finalScreenshot(page, 'first-login-password-changed');
  });
});
