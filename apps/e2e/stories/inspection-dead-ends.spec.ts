import { expect, finalScreenshot, logInAs, openAs, openMenuGroup, sideMenu, test } from '../support/story.ts';
import { submitVisit } from './inspection-arrange.ts';

// No dead ends (#16 point 3). Accounts: sc.sup inspects 湖滨; nanxing.mgr and admin only read.

test('没有死路：检查详情的整改单直达这些整改单；无权查看的检查说明原因、不给重试；省公司管理员的检查标准页列出各市标准', async ({
  page,
  browser,
  baseURL,
}) => {
  // Three people sign in.
  test.slow();
  await logInAs(page, 'sc.sup');
  const visit = await submitVisit(page, '湖滨营业厅', (items) => items.slice(2, 4), '地面有纸屑未及时清理');
  expect(visit.orders).toHaveLength(2);

  // The inspection's detail names its two orders and leads to exactly those.
  await page.goto(`/inspection/inspections/${visit.inspectionId}`);
  const orders = page.getByTestId('inspection-orders');
  await expect(orders).toHaveText('2 张，查看');
  await orders.click();
  await expect(page).toHaveURL(
    new RegExp(`/inspection/rectifications\\?.*inspectionId=${visit.inspectionId}`),
  );
  await expect(page.getByText('来自检查记录')).toBeVisible();
  const rows = page.locator('.el-table__body-wrapper .el-table__row');
  await expect(rows).toHaveCount(2);
  for (const order of visit.orders) await expect(rows.filter({ hasText: order.itemTitle })).toHaveCount(1);

  // Another hall's manager given the same link is told why, and whom to ask: asking again cannot help.
  const stranger = await openAs(browser, baseURL!, 'nanxing.mgr');
  await stranger.goto(`/inspection/inspections/${visit.inspectionId}`);
  const refusal = stranger.getByRole('alert').filter({ hasText: '没有权限' });
  await expect(refusal).toContainText('您无权查看该检查记录');
  await expect(refusal).toContainText('请联系您的上级或系统管理员');
  await expect(stranger.getByRole('button', { name: '重试' })).toHaveCount(0);

  // The province's administrator keeps the standards: the menu's one inspection page lists the cities' ones.
  const admin = await openAs(browser, baseURL!, 'admin');
  await openMenuGroup(admin, '服务检查');
  await sideMenu(admin).getByRole('menuitem', { name: '检查标准', exact: true }).click();
  await expect(
    admin.getByRole('row').filter({ hasText: '营业厅服务规范达标检查标准' }).first(),
  ).toBeVisible();
  await expect(admin.getByText('不属于任何市公司')).toHaveCount(0);
  await expect(admin.getByRole('button', { name: '重试' })).toHaveCount(0);
  await finalScreenshot(admin, 'inspection-admin-standards');

  await stranger.context().close();
  await admin.context().close();
});
