import type { Page } from '@playwright/test';
import { expect, finalScreenshot, firstLogIn, test } from '../support/story.ts';

// 必做 and 待办 at the supervision offices: 拱墅区's district supervisor opens the portal, finds the day's work log
// among today's must-dos, writes it from there and it completes the duty by itself (the first save is the
// evidence); the city's second supervisor ticks the day's video spot check with what she found. Each comes back to
// the home page: the duty done, gone from 今日待办, and the figures she watches beside them.
// Accounts: HZ00014 (拱墅区's district supervisor) and HZ00005 (杭州分公司's second city supervisor) — no other
// story uses them; each signs in for the first time here and changes the initial password.

const NEW_PASSWORD = 'Office#2026';

const inbox = (page: Page) => page.getByTestId('home-inbox');
const todayDuties = (page: Page) => page.getByTestId('home-duties');

async function goHome(page: Page): Promise<void> {
  await page.getByRole('navigation', { name: '导航菜单' }).getByRole('menuitem', { name: '首页' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(inbox(page).getByRole('heading', { name: '今日待办' })).toBeVisible();
}

test('区县督导的早晨：今日必做里的工作日志，从首页去写，提交后它自己完成，待办里不见了', async ({ page }) => {
  await firstLogIn(page, 'HZ00014', NEW_PASSWORD);
  const worklog = todayDuties(page).getByTestId('duty-district.daily.worklog');
  await expect(worklog).toContainText('填写工作日志');
  await expect(worklog).toContainText('0 / 1');
  const todo = inbox(page).locator('.inbox__item').filter({ hasText: '填写工作日志' });
  await expect(todo).toHaveCount(1);
  const todoId = (await todo.getAttribute('data-inbox-id'))!;
  // What a district supervisor watches, each opening its area.
  await expect(page.getByText('已逾期的整改单', { exact: true })).toBeVisible();
  await expect(page.getByText('本月检查', { exact: true })).toBeVisible();
  await finalScreenshot(page, 'morning-district-supervisor-home');

  await worklog.getByRole('link', { name: '去完成' }).click();
  await expect(page).toHaveURL(/\/worklog/);
  await page.getByTestId('work-log-entry-0').fill('走访武林营业厅，辅导引导岗分流话术');
  await page.getByLabel('发现的问题').fill('叫号屏故障一次，已报修');
  await page.getByTestId('work-log-submit').click();
  await expect(page.getByText('日志已提交')).toBeVisible();

  await goHome(page);
  await expect(worklog).toContainText('已完成');
  await expect(worklog).toContainText('1 / 1');
  await expect(worklog.getByRole('link', { name: '去完成' })).toHaveCount(0);
  await expect(inbox(page).locator(`[data-inbox-id="${todoId}"]`)).toHaveCount(0);
  await finalScreenshot(page, 'morning-district-supervisor-done');
});

test('市公司督导的早晨：今日待办里的录像抽查，勾选并写明发现，回到首页它就不见了', async ({ page }) => {
  await firstLogIn(page, 'HZ00005', NEW_PASSWORD);
  const video = todayDuties(page).getByTestId('duty-city.daily.video');
  await expect(video).toContainText('调看营业厅录像，抽查营业员服务');
  const todo = inbox(page).locator('.inbox__item').filter({ hasText: '调看营业厅录像' });
  await expect(todo).toHaveCount(1);
  const todoId = (await todo.getAttribute('data-inbox-id'))!;
  await expect(page.getByText('待我验收的整改', { exact: true })).toBeVisible();

  await todo.getByRole('link', { name: '调看营业厅录像，抽查营业员服务' }).click();
  await expect(page).toHaveURL(/\/duties/);
  await page.getByTestId('duty-city.daily.video').getByRole('button', { name: '勾选完成' }).click();
  const tick = page.getByRole('dialog', { name: '勾选完成：调看营业厅录像，抽查营业员服务' });
  await tick.getByRole('textbox').fill('抽查湖墅、米市巷两厅录像各 30 分钟，一名营业员未起身迎客');
  await tick.getByRole('button', { name: '确定' }).click();
  await expect(page.getByTestId('duty-city.daily.video')).toContainText('已完成');

  await goHome(page);
  await expect(video).toContainText('已完成');
  await expect(inbox(page).locator(`[data-inbox-id="${todoId}"]`)).toHaveCount(0);
  await finalScreenshot(page, 'morning-city-supervisor');
});
