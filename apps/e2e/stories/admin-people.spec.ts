// 系统管理: the administrator finds a clerk among the ~450 demo staff, makes them duty manager (值班经理) at their
// hall and resets their password; the clerk signs in with the temporary password and must change it; the
// administrator reads both changes in the audit log, before and after. The clerk HZ16212 is used by no other story.
import type { Page } from '@playwright/test';
import { expect, finalScreenshot, logIn, logInAs, openMenuGroup, sideMenu, test } from '../support/story.ts';

const CLERK = 'HZ16212';
const NEW_PASSWORD = 'Duty#Manager2026';

const formItem = (scope: Page | ReturnType<Page['locator']>, label: string) =>
  scope.locator('.el-form-item').filter({ hasText: label }).first();

async function pickAction(page: Page, action: string): Promise<void> {
  await formItem(page, '操作').locator('.el-select').click();
  await page.getByRole('option', { name: action, exact: true }).click();
  await page.getByRole('button', { name: '查询' }).click();
}

test('系统管理：管理员给营业员授予值班经理角色并重置密码，本人登录须改密码，审计日志记下前后变化', async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow();
  await logInAs(page, 'admin');
  await openMenuGroup(page, '系统管理');
  await sideMenu(page).getByRole('menuitem', { name: '人员', exact: true }).click();

  // Among thousands: the server searches by 工号 and answers one row.
  await formItem(page, '姓名/工号').locator('input').fill(CLERK);
  await page.getByRole('button', { name: '查询' }).click();
  const row = page.getByRole('row').filter({ hasText: CLERK });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText('营业员');
  const hall = (await row.locator('td').nth(2).innerText()).trim();
  await row.click();

  // In the person's drawer: 值班经理 at their own hall — the tree offers only halls for that role.
  const drawer = page.locator('.el-drawer').filter({ has: page.getByTestId('person-roles') });
  await expect(drawer.getByTestId('person-roles')).toContainText(`营业员 · ${hall}`);
  await formItem(drawer, '角色').locator('.el-select').click();
  await page.getByRole('option', { name: '值班经理', exact: true }).click();
  const at = formItem(drawer, '所在单位');
  await at.locator('.el-select').click();
  await expect(async () => {
    await at.locator('input').first().fill(hall.slice(0, 2));
    await expect(page.getByRole('option', { name: hall, exact: true })).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await page.getByRole('option', { name: hall, exact: true }).click();
  await page.keyboard.press('Escape');
  await drawer.getByRole('button', { name: '添加角色' }).click();
  await expect(page.getByText('已添加角色')).toBeVisible();
  await expect(drawer.getByTestId('person-roles')).toContainText(`值班经理 · ${hall}`);

  // The reset says, before it happens, that the person must change the password at the next sign-in.
  await drawer.getByRole('button', { name: '重置密码' }).click();
  const confirm = page.getByRole('dialog', { name: '请确认' });
  await expect(confirm).toContainText('下次登录时必须修改密码');
  await confirm.getByRole('button', { name: '确定' }).click();
  const shown = page.getByRole('dialog', { name: '密码已重置' });
  const temporary = /临时密码：([A-Za-z0-9]+)/.exec(await shown.innerText())![1]!;
  await finalScreenshot(page, 'admin-password-reset');
  await shown.getByRole('button', { name: /确定|OK/ }).click();
  await page.keyboard.press('Escape');
  await expect(drawer).toBeHidden();

  // The clerk, on their own device, signs in with it and is made to change it first.
  const clerk = await (await browser.newContext({ baseURL, locale: 'zh-CN' })).newPage();
  await logIn(clerk, CLERK, temporary);
  await expect(clerk).toHaveURL(/\/change-password/);
  await expect(clerk.getByText('首次登录或密码被重置后')).toBeVisible();
  await clerk.getByLabel('当前密码').fill(temporary);
  await clerk.getByLabel('新密码', { exact: true }).fill(NEW_PASSWORD);
  await clerk.getByLabel('确认新密码').fill(NEW_PASSWORD);
  await clerk.getByRole('button', { name: /确认修改|保存|修改密码/ }).click();
  await expect(clerk).not.toHaveURL(/\/change-password/);
  await clerk.context().close();

  // The audit log: the role given (nothing before, the role after) and the reset, each by the administrator.
  await sideMenu(page).getByRole('menuitem', { name: '审计日志', exact: true }).click();
  await pickAction(page, '授予角色');
  const granted = page.getByRole('row').filter({ hasText: 'role: — → duty_manager' }).first();
  await expect(granted).toContainText('陈立新');
  await granted.click();
  const entry = page.locator('.el-drawer').filter({ hasText: '审计记录' });
  await expect(entry.getByTestId('audit-changes')).toContainText('duty_manager');
  await expect(entry).toContainText('修改前');
  await expect(entry).toContainText('修改后');
  await page.keyboard.press('Escape');

  await pickAction(page, '重置密码');
  const reset = page.getByRole('row').filter({ hasText: 'mustChangePassword: — → true' }).first();
  await expect(reset).toContainText('陈立新');
  await finalScreenshot(page, 'admin-audit-log');
});
