import { currentMonth, monthLabel, nextMonth, previousMonth } from '@duda/month';
import type { Page } from '@playwright/test';
import { expect as storyExpect, finalScreenshot, logInAs, openAs, test } from '../support/story.ts';

// Four people's pages on a loaded two-core runner: each waits for what it should show, for longer than usual.
const expect = storyExpect.configure({ timeout: 30_000 });

// 上城区 plans next month's visit to 南星营业厅 ahead of time. Accounts: sc.sup, leader, city.sup and
// nanxing.mgr (who starts the hall's self-check; no other story signs in as nanxing.mgr).

async function openCreateDialog(page: Page) {
  await page.goto('/inspection/plans');
  await page.getByRole('button', { name: '新建计划' }).click();
  const create = page.getByRole('dialog', { name: '新建月度检查计划' });
  await expect(create.getByText('上城区分公司')).toBeVisible();
  return create;
}

async function chooseMonth(page: Page, month: string): Promise<void> {
  const create = page.getByRole('dialog', { name: '新建月度检查计划' });
  await create.getByLabel('计划月份').fill(month);
  await create.getByLabel('计划月份').press('Enter');
}

test('提前制定计划：下月计划审批下发后，检查人员的任务里提前可见，营业厅即可按检查单自查；同月不能重复建，过去的月份不能选', async ({
  page,
  browser,
  baseURL,
}) => {
  // Four people sign in.
  test.slow();
  const month = nextMonth(currentMonth());
  const label = monthLabel(month);
  await logInAs(page, 'sc.sup');

  // A past month is not offered by the month picker.
  const create = await openCreateDialog(page);
  const past = previousMonth(currentMonth());
  await create.getByLabel('计划月份').click();
  const panel = page.locator('.el-picker-panel:visible');
  const year = panel.locator('.el-date-picker__header-label').first();
  if (!(await year.textContent())!.includes(past.slice(0, 4))) {
    await panel.getByRole('button', { name: '前一年' }).click();
    await expect(year).toContainText(past.slice(0, 4));
  }
  await expect(panel.locator('.el-month-table td').nth(Number(past.slice(5)) - 1)).toHaveClass(/disabled/);
  await page.keyboard.press('Escape');

  // Next month's plan: refused while it has no entry, before any "计划共 0 项…" question.
  await chooseMonth(page, month);
  await create.getByRole('button', { name: '创建' }).click();
  await expect(page.getByRole('heading', { name: `上城区分公司${label}服务检查计划` })).toBeVisible();
  const planUrl = page.url();
  await page.getByRole('button', { name: '提交审批' }).click();
  await expect(page.getByText('计划中还没有任何检查安排，不能提交审批。')).toBeVisible();
  await expect(page.getByRole('dialog', { name: '请确认' })).toHaveCount(0);

  await page.getByRole('button', { name: '添加检查' }).click();
  const entry = page.getByRole('dialog', { name: '添加检查安排' });
  await entry.getByLabel('营业厅').click();
  await page.getByRole('treeitem', { name: '南星营业厅' }).click();
  await entry.getByLabel('检查人员').fill('刘海涛');
  await page.getByRole('option', { name: /刘海涛/ }).click();
  await entry.getByLabel('计划日期').fill(`${month}-10`);
  await entry.getByLabel('计划日期').press('Enter');
  await entry.getByRole('button', { name: '保存' }).click();
  await expect(entry).toBeHidden();
  await expect(page.getByTestId('plan-entries')).toContainText('南星营业厅');
  await page.getByRole('button', { name: '提交审批' }).click();
  await page.getByRole('dialog', { name: '请确认' }).getByRole('button', { name: '提交审批' }).click();
  await expect(page.getByTestId('plan-status')).toHaveText('待审批');

  // 领导审批, 市公司下发.
  const leader = await openAs(browser, baseURL!, 'leader', { url: planUrl });
  await leader.getByRole('button', { name: '审批通过' }).click();
  const approve = leader.getByRole('dialog', { name: '审批通过' });
  await approve.getByLabel('审批意见').fill('同意提前安排。');
  await approve.getByRole('button', { name: '审批通过' }).click();
  await expect(leader.getByTestId('plan-status')).toHaveText('已审批');
  const city = await openAs(browser, baseURL!, 'city.sup', { url: planUrl });
  await city.getByRole('button', { name: '下发' }).click();
  await city.getByRole('dialog', { name: '请确认' }).getByRole('button', { name: '下发' }).click();
  await expect(city.getByTestId('plan-status')).toHaveText('已下发');

  // The inspector sees next month's visit now, marked as issued ahead; it starts in its month.
  await page.goto('/inspection/tasks');
  const visit = page
    .getByTestId('tasks-assigned')
    .locator('.task-card')
    .filter({ hasText: '南星营业厅' })
    .filter({ hasText: `提前下发 · ${label}的检查` });
  await expect(visit).toBeVisible();
  await expect(visit.getByRole('button', { name: '到检查月份再开始' })).toBeDisabled();

  // The hall has its self-check checklist at once.
  const hall = await openAs(browser, baseURL!, 'nanxing.mgr', { url: '/inspection/tasks' });
  const selfCheck = hall
    .getByTestId('tasks-self-checks')
    .locator('.task-card')
    .filter({ hasText: `提前下发 · ${label}的检查` });
  await expect(selfCheck).toBeVisible();
  await selfCheck.getByRole('button', { name: '开始检查' }).click();
  await expect(hall.getByRole('heading', { name: '南星营业厅 · 营业厅自查' })).toBeVisible();
  await expect(hall.getByTestId('perform-progress')).toHaveText(/^已完成 0\/\d+ 项$/);
  await finalScreenshot(hall, 'inspection-plan-ahead-self-check');

  // A second plan for that month leads to the one there is.
  const again = await openCreateDialog(page);
  await chooseMonth(page, month);
  await again.getByRole('button', { name: '创建' }).click();
  await expect(again.getByTestId('plan-exists')).toContainText('的检查计划已存在');
  await again.getByRole('button', { name: '打开该计划' }).click();
  await expect(page).toHaveURL(planUrl);
  await expect(page.getByTestId('plan-status')).toHaveText('已下发');

  await leader.context().close();
  await city.context().close();
  await hall.context().close();
});
