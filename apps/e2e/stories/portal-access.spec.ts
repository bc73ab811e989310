import { expect, finalScreenshot, logInAs, openMenuGroup, sideMenu, test } from '../support/story.ts';

test.describe('每个人只看到自己该看的', () => {
  test('店面经理登录：菜单只有本角色能用的，服务检查里只有本厅', async ({ page }) => {
    await logInAs(page, 'hubin.mgr');
    await expect(page.getByTestId('user-scope')).toContainText('湖滨营业厅');

    const menu = sideMenu(page);
    await expect(menu.getByText('首页')).toBeVisible();
    await openMenuGroup(page, '服务检查');
    await menu.getByText('营业厅', { exact: true }).click();

    await expect(page).toHaveURL(/\/inspection\/halls/);
    const rows = page.locator('.el-table__body tbody tr');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('湖滨营业厅');
    await finalScreenshot(page, 'hall-manager-sees-own-hall');
  });

  test('区县督导登录：看到本区县的全部营业厅，看不到别的区县', async ({ page }) => {
    await logInAs(page, 'sc.sup');
    await expect(page.getByTestId('user-scope')).toContainText('上城区');

    await page.goto('/inspection/halls');
    const rows = page.locator('.el-table__body tbody tr');
    await expect(rows).toHaveCount(6);
    for (const row of await rows.all()) await expect(row).toContainText('上城区');
    await expect(page.locator('.el-table__body')).not.toContainText('西湖区');
    await finalScreenshot(page, 'district-supervisor-sees-district');
  });

  test('营业员登录：服务检查里只有检查通报，营业厅等页面直接输入地址也进不去', async ({ page }) => {
    await logInAs(page, 'hubin.clerk');
    const menu = sideMenu(page);
    await expect(menu.getByText('首页')).toBeVisible();
    await openMenuGroup(page, '服务检查');
    await expect(menu.getByText('检查通报')).toBeVisible();
    for (const entry of ['营业厅', '检查计划', '检查记录', '整改跟踪']) {
      await expect(menu.getByText(entry, { exact: true })).toHaveCount(0);
    }

    await page.goto('/inspection/halls');
    await expect(page.getByText(/无权/).first()).toBeVisible();
    await expect(page.locator('.el-table__body')).toHaveCount(0);
    await finalScreenshot(page, 'clerk-has-no-inspection');
  });
});
