import type { Page } from '@playwright/test';
import { expect, finalScreenshot, logInAs, sideMenu, test } from '../support/story.ts';

// The offices' morning. The administrator finds a suspended business-system ID waiting for review among the
// to-dos, follows it to the staff-ID list, restores it, and back home the to-do is gone and 已暂停的业务工号 one
// lower. HR finds 重新推送人力 among the to-dos (the demo's month whose delivery to HR gave up), sends it again from
// the delivery page, and back home the to-do is gone.
// The trainer marks the short answers still waiting from last month's exam; the leader approves 西湖区's plan for
// this month, submitted and waiting. Each comes back home and finds the item gone.
// Accounts: admin (restores one suspended business-system ID; no other story reads suspended IDs), hr (sends the
// demo's given-up month again; no other story sends HR deliveries), trainer (marks last month's demo answers;
// training-exam marks only its own exam) and leader (approves 西湖区's demo plan of this month; other stories
// approve or return only plans they made).

const inbox = (page: Page) => page.getByTestId('home-inbox');
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function goHome(page: Page): Promise<void> {
  await sideMenu(page).getByRole('menuitem', { name: '首页' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(inbox(page).getByRole('heading', { name: '今日待办' })).toBeVisible();
}

/** The first to-do of a kind (and text) on the home page: its id and title, to find it again or see it gone. */
async function todoOf(page: Page, ...texts: string[]) {
  let todo = inbox(page).locator('.inbox__item');
  for (const text of texts) todo = todo.filter({ hasText: text });
  await expect(todo.first()).toBeVisible();
  const id = (await todo.first().getAttribute('data-inbox-id'))!;
  const title = (await todo.first().locator('.inbox__title').textContent())!.trim();
  return { id, title, open: () => todo.first().getByRole('link', { name: title }).click() };
}

test('管理员的早晨：待办里的已暂停业务工号，点开复核并恢复，回到首页待办不见了、数字少了一个', async ({
  page,
}) => {
  await logInAs(page, 'admin');
  const suspended = page.getByTestId('home-figure-suspendedStaffIds');
  await expect(suspended).toContainText('已暂停的业务工号');
  await expect(page.getByTestId('home-figure-activeStaff')).toContainText('在职人员');
  const before = Number((await suspended.locator('.home-figure__value').textContent())!.trim());
  expect(before).toBeGreaterThan(0);
  const todo = await todoOf(page, '复核已暂停的业务工号');
  await finalScreenshot(page, 'morning-office-admin-home');

  await todo.open();
  await expect(page).toHaveURL(/\/admin\/staff-ids\?status=suspended&q=/);
  const rows = page.getByTestId('staff-id-restore');
  await expect(rows).toHaveCount(1);
  await rows.click();
  await page.getByRole('dialog', { name: '请确认' }).getByRole('button', { name: '确定' }).click();
  await expect(page.getByText(/^已恢复工号 /)).toBeVisible();

  await goHome(page);
  await expect(inbox(page).locator(`[data-inbox-id="${todo.id}"]`)).toHaveCount(0);
  await expect(suspended.locator('.home-figure__value')).toHaveText(String(before - 1));
  await finalScreenshot(page, 'morning-office-admin-done');
});

test('人力资源的早晨：待办里有一个月的结果没推送成功，点开推送记录重新推送，回到首页待办不见了', async ({
  page,
}) => {
  await logInAs(page, 'hr');
  await expect(page.getByTestId('home-figure-activeStaff').locator('.home-figure__value')).toHaveText(
    /^[1-9]\d*$/,
  );
  const todo = await todoOf(page, '重新推送人力');
  await finalScreenshot(page, 'morning-office-hr-home');

  await todo.open();
  await expect(page).toHaveURL(/\/performance\/hr-deliveries\?month=\d{4}-\d{2}&status=GAVE_UP/);
  const month = /month=(\d{4}-\d{2})/.exec(page.url())![1]!;
  // The month the job gave up on: its fifteen attempts timed out; it is the one offered for sending again.
  await expect(page.locator('.el-table__row').filter({ hasText: month })).toContainText('15');
  await page.getByRole('button', { name: '重新推送' }).click();
  await page.getByRole('dialog', { name: '请确认' }).getByRole('button', { name: '重新推送' }).click();
  await expect(page.getByText('已发起新的推送')).toBeVisible();

  await goHome(page);
  await expect(inbox(page).locator(`[data-inbox-id="${todo.id}"]`)).toHaveCount(0);
  await finalScreenshot(page, 'morning-office-hr-done');
});

test('培训管理员的早晨：待办里上月考试还有简答题没评，点开逐题评分，回到首页待办不见了', async ({ page }) => {
  test.slow();
  await logInAs(page, 'trainer');
  await expect(page.getByTestId('home-figure-publishedExams')).toContainText(/\d/);
  const todo = await todoOf(page, '阅卷');
  await finalScreenshot(page, 'morning-office-trainer-home');

  await todo.open();
  await expect(page).toHaveURL(/\/training\/marking/);
  await page.locator('.marking__exam').click();
  const exam = page.getByRole('option', { name: new RegExp(`^${escapeRegExp(todo.title)}（待评 [1-9]`) });
  const toMark = Number(/待评 (\d+)/.exec((await exam.textContent())!)![1]);
  await exam.click();
  // Each answer marked by what was written against the rubric beside it; a marked one leaves the queue (ten to a
  // page: the next comes up as one goes).
  const cards = page.getByTestId('marking-card');
  for (let marked = 0; marked < toMark; marked++) {
    const card = cards.first();
    await expect(card).toBeVisible();
    // 答卷 <label>, 第 <n> 题 · 满分 <points>: one answer (an attempt may have several short answers).
    const answer = (await card.locator('.marking-card__head').textContent())!.trim();
    await card.getByRole('spinbutton').fill('1');
    await card.getByRole('button', { name: '评分' }).click();
    await expect(cards.filter({ has: page.locator('.marking-card__head', { hasText: answer }) })).toHaveCount(
      0,
    );
  }
  // Nothing of it left to mark: the exam leaves the list of those with answers waiting.
  await expect(
    page.getByRole('option', { name: new RegExp(`^${escapeRegExp(todo.title)}（`), includeHidden: true }),
  ).toHaveCount(0);

  await goHome(page);
  await expect(inbox(page).locator(`[data-inbox-id="${todo.id}"]`)).toHaveCount(0);
  await finalScreenshot(page, 'morning-office-trainer-done');
});

test('领导的早晨：待办里西湖区本月的检查计划等审批，点开审批通过，回到首页待办不见了', async ({ page }) => {
  await logInAs(page, 'leader');
  await expect(page.getByTestId('home-figure-monthInspections')).toContainText(/\d/);
  const todo = await todoOf(page, '审批检查计划', '西湖区');
  await finalScreenshot(page, 'morning-office-leader-home');

  await todo.open();
  await expect(page).toHaveURL(/\/inspection\/plans\/[0-9a-f-]+$/);
  await expect(page.getByTestId('plan-status')).toHaveText('待审批');
  await page.getByRole('button', { name: '审批通过' }).click();
  const approve = page.getByRole('dialog', { name: '审批通过' });
  await approve.getByLabel('审批意见').fill('同意，按计划执行。');
  await approve.getByRole('button', { name: '审批通过' }).click();
  await expect(page.getByTestId('plan-status')).toHaveText('已审批');

  await goHome(page);
  await expect(inbox(page).locator(`[data-inbox-id="${todo.id}"]`)).toHaveCount(0);
  await finalScreenshot(page, 'morning-office-leader-done');
});
