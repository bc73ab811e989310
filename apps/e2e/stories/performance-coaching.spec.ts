import { chinaDateOf } from '@duda/month';
import { expect, finalScreenshot, logInAs, openMenuGroup, sideMenu, test } from '../support/story.ts';

// 辅导 (#11 point 7): last month's results are shown. 湖滨营业厅's manager opens 绩效辅导, finds 赵雪 among the
// people who need coaching (the demo gave her two complaints), makes her an improvement plan whose first follow-up
// is today, and later that day records the follow-up from his to-dos on the home page; it leaves his to-dos. 赵雪
// then opens 改进计划 and reads her own plan with what the follow-up found.
// Accounts: hubin.mgr and hubin.clerk, only their own pages; none is locked or edited.

const TODAY = chinaDateOf(new Date());
const GOAL = '服务态度投诉清零，下月得分回到 70 分以上';
const ACTION = '每天晨会复述一条《营业员服务规范》';
const FOLLOW_UP = '晨会复述完整，抽问三条规范全部答对。';

test('绩效辅导：店长为不合格的营业员制定改进计划，从待办记录跟进；营业员看到自己的改进计划', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);

  // 1. The manager opens 绩效辅导: last month's results of his hall, 赵雪 不合格 and without a plan.
  await logInAs(page, 'hubin.mgr');
  await openMenuGroup(page, '绩效考核');
  await sideMenu(page).getByRole('menuitem', { name: '绩效辅导' }).click();
  await expect(page).toHaveURL(/\/performance\/coaching/);
  await expect(page.getByRole('heading', { name: '需要辅导的员工' })).toBeVisible();
  const row = page.locator('.el-table__body tr').filter({ hasText: '赵雪' });
  await expect(row).toContainText('不合格');
  await expect(row).toContainText('等级不合格');
  await expect(page.getByText(/值得表扬的员工/)).toBeVisible();

  // 2. He makes her plan: one action of hers, followed up today.
  await row.getByRole('button', { name: '制定改进计划' }).click();
  const dialog = page.getByRole('dialog', { name: '为 赵雪 制定改进计划' });
  await dialog.getByPlaceholder('例如：下月得分回到 70 分以上，投诉清零').fill(GOAL);
  await dialog.getByPlaceholder('措施').fill(ACTION);
  const date = dialog.locator('.plan-dialog__date input');
  await date.fill(TODAY);
  await date.press('Enter');
  await dialog.getByRole('button', { name: '保存计划' }).click();
  await expect(page.getByText('改进计划已保存，跟进日期到时会出现在待办中')).toBeVisible();
  await expect(row).toContainText('进行中');
  await expect(page.getByTestId('coaching-open-plans')).toContainText(GOAL);
  await finalScreenshot(page, 'performance-coaching-board');

  // 3. Later that day, the follow-up waits among his to-dos on the home page; he records it from there.
  await sideMenu(page).getByRole('menuitem', { name: '首页' }).click();
  const todo = page
    .getByTestId('home-inbox')
    .locator('.inbox__item')
    .filter({ hasText: '跟进改进计划' })
    .filter({ hasText: `赵雪 · ${ACTION}` });
  await expect(todo).toBeVisible();
  const todoId = (await todo.getAttribute('data-inbox-id'))!;
  await todo.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/performance\/coaching\/plans\/[0-9a-f-]{36}/);
  const plan = page.getByTestId('plan');
  await expect(plan.getByTestId('plan-goal')).toHaveText(GOAL);
  await plan.getByLabel('跟进情况').fill(FOLLOW_UP);
  await plan.getByRole('button', { name: '记录跟进' }).click();
  await expect(page.getByText('已记录跟进')).toBeVisible();
  await expect(plan.getByTestId('follow-up-note')).toHaveText(FOLLOW_UP);
  await sideMenu(page).getByRole('menuitem', { name: '首页' }).click();
  await expect(page.getByTestId('home-inbox').getByRole('heading', { name: '今日待办' })).toBeVisible();
  await expect(page.locator(`[data-inbox-id="${todoId}"]`)).toHaveCount(0);

  // 4. 赵雪 opens 改进计划 and reads her plan: the goal, the action, what the follow-up found; nothing to change.
  const clerk = await (await browser.newContext({ baseURL, locale: 'zh-CN' })).newPage();
  await logInAs(clerk, 'hubin.clerk');
  await openMenuGroup(clerk, '绩效考核');
  await sideMenu(clerk).getByRole('menuitem', { name: '改进计划' }).click();
  await expect(clerk).toHaveURL(/\/performance\/coaching\/plans/);
  await clerk.locator('.el-table__body tr').filter({ hasText: GOAL }).click();
  const own = clerk.getByTestId('plan');
  await expect(own.getByTestId('plan-goal')).toHaveText(GOAL);
  await expect(own).toContainText(ACTION);
  await expect(own.getByTestId('follow-up-note')).toHaveText(FOLLOW_UP);
  await expect(own.getByRole('button', { name: '结案' })).toHaveCount(0);
  await finalScreenshot(clerk, 'performance-coaching-clerk');
  await clerk.context().close();
});
