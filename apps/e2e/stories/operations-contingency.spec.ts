import type { Page } from '@playwright/test';
import { expect, finalScreenshot, openAs, test } from '../support/story.ts';

// 应急演练: 湖滨营业厅's manager (hubin.mgr) holds this week's system-outage drill on her phone — she starts the
// hall's 业务系统故障应急预案 in drill mode, ticks the steps as they are done, the phone reloads half-way (the ticked
// steps and her unsent note are still there), finishes the checklist and closes it with a review. 上城区's supervisor
// (sc.sup) finds the drill awaiting evaluation, evaluates it, and the manager reads the evaluation. The demo seed
// schedules the drill five days ahead (services/operations/src/plans/contingency-seed.ts). No other story touches
// contingency data; these accounts only read elsewhere.

const PLAN = '业务系统故障应急预案';
const STEPS = 5;

/** The day the seed scheduled the drill for: five days from today on the China calendar. */
async function tick(page: Page, order: number) {
  await page.getByTestId(`incident-tick-${order}`).click();
  await expect(page.getByTestId(`incident-step-done-${order}`)).toContainText('李娜');
}

test('应急演练：店面经理用手机按演练模式启动系统故障预案，逐项勾选（中途刷新后继续）并结束；区县督导看到演练并评估，店面经理看到评估', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(6 * 60_000);
  // 湖滨's plans on the phone; the system-outage plan's steps name who does each.
  const manager = await openAs(browser, baseURL!, 'hubin.mgr', { phone: true });
  await manager.goto('/operations/plans');
  await manager.getByTestId('plans-list').getByText(PLAN).first().click();
  const drawer = manager.getByTestId('plan-drawer');
  await expect(drawer).toContainText('启动手工登记，张贴系统故障告示');
  await expect(drawer).toContainText('值班经理');
  await drawer.getByTestId('plan-start-drill').click();

  // The live checklist, in drill mode, nothing ticked yet.
  await expect(manager).toHaveURL(/\/operations\/incidents\/[0-9a-f-]{36}$/);
  await expect(manager.getByTestId('incident-mode')).toHaveText('演练');
  await expect(manager.getByTestId('incident-checklist')).toContainText(`0/${STEPS} 步`);
  await tick(manager, 1);
  await tick(manager, 2);
  await manager.getByTestId('incident-note').fill('IT 值班已接报，预计 20 分钟恢复');

  // The phone reloads mid-way: the ticked steps are on the server, the unsent note on the phone.
  await manager.reload();
  await expect(manager.getByTestId('incident-step-done-1')).toBeVisible();
  await expect(manager.getByTestId('incident-step-done-2')).toBeVisible();
  await expect(manager.getByTestId('incident-note')).toHaveValue('IT 值班已接报，预计 20 分钟恢复');
  await manager.getByTestId('incident-send-note').click();
  await expect(manager.getByTestId('incident-checklist')).toContainText('IT 值班已接报，预计 20 分钟恢复');
  for (let order = 3; order <= STEPS; order++) await tick(manager, order);
  await expect(manager.getByTestId('incident-checklist')).toContainText(`${STEPS}/${STEPS} 步`);
  await expect(manager.getByTestId('incident-checklist')).toContainText('所有步骤已完成');
  await manager.getByTestId('incident-review-input').fill('手工登记单取用偏慢，其余按预案完成');
  await manager.getByTestId('incident-close').click();
  await expect(manager.getByTestId('incident-status')).toHaveText('已结束');
  await expect(manager.getByTestId('incident-review')).toHaveText('手工登记单取用偏慢，其余按预案完成');
  await finalScreenshot(manager, 'operations-contingency-drill-on-phone');

  // 上城区's supervisor finds this week's drill of 湖滨 awaiting evaluation, with its time, and evaluates it.
  const district = await openAs(browser, baseURL!, 'sc.sup');
  await district.goto('/operations/drills?status=DONE');
  // The demo scheduled it five days after the portal started (in China time; the story may run past midnight),
  // the latest drill of 湖滨 in the list, which shows the latest first.
  const row = district.getByTestId('drills-list').locator('tr').filter({ hasText: '湖滨营业厅' }).first();
  const scheduledDay = (await row.innerText()).match(/\d{4}-\d{2}-\d{2}/)![0];
  await row.click();
  const drill = district.getByTestId('drill-drawer');
  await expect(drill.getByTestId('drill-status')).toHaveText('待评估');
  await expect(drill.getByTestId('drill-minutes')).toHaveText(/^\d+$/);
  await drill.getByTestId('drill-rating').getByText('合格', { exact: true }).click();
  await drill.getByTestId('drill-findings').fill('手工登记单放在后台，取用耽误约 3 分钟');
  await drill.getByTestId('drill-actions').fill('登记单固定放在 1 号柜台抽屉，每月检查');
  await drill.getByTestId('drill-evaluate').click();
  await expect(drill.getByTestId('drill-evaluation')).toContainText('手工登记单放在后台，取用耽误约 3 分钟');
  await expect(drill.getByTestId('drill-status')).toHaveText('已评估');

  // The district's figures count 湖滨's drills.
  await district.goto('/operations/drill-figures');
  await expect(district.getByTestId('drill-figures-table')).toContainText('湖滨营业厅');
  await finalScreenshot(district, 'operations-contingency-evaluated');

  // Back on the phone, the manager reads the district's evaluation of her drill.
  await manager.goto('/operations/drills?status=EVALUATED');
  await manager.getByTestId('drills-list').locator('tr').filter({ hasText: scheduledDay }).click();
  await expect(manager.getByTestId('drill-evaluation')).toContainText(
    '登记单固定放在 1 号柜台抽屉，每月检查',
  );
});
