import type { Page } from '@playwright/test';
import { CITY_EXAM, handInAfterFirstAnswer } from '../support/hand-in.ts';
import { expect, finalScreenshot, firstLogIn, test } from '../support/story.ts';

// 必做 and 待办 on the hall floor, on phones: a morning at 拱墅区's 武林营业厅. The hall manager's home says what
// today asks — two daily checklists among them (日检单至少两次) — he does both from there, and the duty completes
// itself when the second is submitted (the inspection's own event is the evidence; no tick). The duty manager
// ticks his floor duty with a note; the clerk opens the exam waiting in her to-dos and hands it in. Each comes
// back to the home page and finds the item gone.
// Accounts: 武林营业厅's hall manager HZ12001, duty manager HZ12002 and clerk HZ12010 — no other story uses
// them (or 武林营业厅); each signs in for the first time here and changes the initial password.

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

const NEW_PASSWORD = 'Wulin#2026';

// A tiny real PNG: the service checks that an evidence photo really is an image.
const PHOTO = {
  name: 'daily-check.png',
  mimeType: 'image/png',
  buffer: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
};

const inbox = (page: Page) => page.getByTestId('home-inbox');
const todayDuties = (page: Page) => page.getByTestId('home-duties');

/** Home again the way a phone user goes: the menu drawer's 首页. */
async function goHome(page: Page): Promise<void> {
  await page.getByRole('button', { name: '打开菜单' }).click();
  await page.getByRole('navigation', { name: '导航菜单' }).getByRole('menuitem', { name: '首页' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expect(inbox(page).getByRole('heading', { name: '今日待办' })).toBeVisible();
}

/** The evidence travels as an event after the submit: the home page shows it once it has been counted. */
async function untilHomeShows(page: Page, check: () => Promise<void>): Promise<void> {
  await expect(async () => {
    await page.reload();
    await check();
  }).toPass({ timeout: 30_000 });
}

/** From the daily check card of the task list: a daily checklist, every item passed, submitted. */
async function doDailyCheck(page: Page): Promise<void> {
  await expect(page).toHaveURL(/\/inspection\/tasks/);
  const daily = page.getByTestId('tasks-daily');
  await expect(daily).toContainText('武林营业厅');
  await daily.getByRole('button', { name: '开始日检' }).click();
  await expect(page).toHaveURL(/\/inspection\/inspections\/[0-9a-f-]+\/perform/);
  await page.getByTestId('rest-passes').click();
  await page
    .getByRole('dialog', { name: '其余全部合格' })
    .getByRole('button', { name: '其余全部合格' })
    .click();
  await expect(page.getByTestId('perform-progress')).toHaveText(/^已完成 (\d+)\/\1 项$/);
  // Some items keep a photo even when passed (the cash drawer at handover): one each, section by section.
  const tabs = page.locator('.section-nav__tab');
  for (let index = 0; index < (await tabs.count()); index++) {
    await tabs.nth(index).click();
    await expect(tabs.nth(index)).toHaveAttribute('aria-current', 'step');
    for (const card of await page.locator('[data-item]').all()) {
      if ((await card.getByText('该项需要拍照留证').count()) === 0 || (await card.locator('img').count()) > 0)
        continue;
      await card.locator('input[type=file]').setInputFiles(PHOTO);
      await expect(card.locator('img')).toHaveCount(1);
    }
  }
  await expect(page.getByTestId('perform-save-status')).toHaveAttribute('data-status', 'saved');
  await page.getByRole('button', { name: '提交检查' }).click();
  await page.getByRole('dialog', { name: '提交检查' }).getByRole('button', { name: '提交检查' }).click();
  await expect(page).toHaveURL(/\/inspection\/inspections\/[0-9a-f-]+$/);
}

test('店面经理的早晨（手机）：今日必做里的两次日检，从首页去做，第二次提交后它自己完成，待办里不见了', async ({
  page,
}) => {
  test.slow();
  await firstLogIn(page, 'HZ12001', NEW_PASSWORD);
  await expect(inbox(page).getByRole('heading', { name: '今日待办' })).toBeVisible();
  const checklist = todayDuties(page).getByTestId('duty-hall.daily.checklist');
  await expect(checklist).toContainText('日检单至少两次');
  await expect(checklist).toContainText('0 / 2');
  // The same duty is among today's to-dos, with how far it has come.
  const todo = inbox(page).locator('.inbox__item').filter({ hasText: '日检单至少两次' });
  await expect(todo).toHaveCount(1);
  await expect(todo.locator('.inbox__title')).toHaveText('日检单至少两次（0/2）');
  const todoId = (await todo.getAttribute('data-inbox-id'))!;
  await finalScreenshot(page, 'morning-hall-manager-home');

  // The first: from the to-do to the duties page, and from there to where the check is done.
  await todo.getByRole('link', { name: '日检单至少两次（0/2）' }).click();
  await expect(page).toHaveURL(/\/duties/);
  await page.getByTestId('duty-hall.daily.checklist').getByRole('link', { name: '去完成' }).click();
  await doDailyCheck(page);

  await goHome(page);
  await untilHomeShows(page, async () => {
    await expect(checklist).toContainText('1 / 2');
    await expect(inbox(page).locator(`[data-inbox-id="${todoId}"] .inbox__title`)).toHaveText(
      '日检单至少两次（1/2）',
    );
  });

  // The second, straight from 今日必做: submitting it completes the duty by itself.
  await checklist.getByRole('link', { name: '去完成' }).click();
  await doDailyCheck(page);
  await goHome(page);
  await untilHomeShows(page, async () => {
    await expect(checklist).toContainText('已完成');
    await expect(checklist).toContainText('2 / 2');
  });
  await expect(checklist.getByRole('link', { name: '去完成' })).toHaveCount(0);
  await expect(inbox(page).locator(`[data-inbox-id="${todoId}"]`)).toHaveCount(0);
  await finalScreenshot(page, 'morning-hall-manager-done');
});

test('值班经理的早晨（手机）：今日必做的现场管理，勾选并写明完成情况，待办里不见了', async ({ page }) => {
  await firstLogIn(page, 'HZ12002', NEW_PASSWORD);
  const floor = todayDuties(page).getByTestId('duty-duty.daily.floor');
  await expect(floor).toContainText('现场管理与客流疏导');
  const todo = inbox(page).locator('.inbox__item').filter({ hasText: '现场管理与客流疏导' });
  await expect(todo).toHaveCount(1);
  const todoId = (await todo.getAttribute('data-inbox-id'))!;

  await todo.getByRole('link', { name: '现场管理与客流疏导' }).click();
  await expect(page).toHaveURL(/\/duties/);
  await page.getByTestId('duty-duty.daily.floor').getByRole('button', { name: '勾选完成' }).click();
  const tick = page.getByRole('dialog', { name: '勾选完成：现场管理与客流疏导' });
  await tick.getByRole('textbox').fill('早高峰开两个引导岗，叫号等候控制在 10 分钟内');
  await tick.getByRole('button', { name: '确定' }).click();
  await expect(page.getByTestId('duty-duty.daily.floor')).toContainText('已完成');

  await goHome(page);
  await expect(floor).toContainText('已完成');
  await expect(inbox(page).locator(`[data-inbox-id="${todoId}"]`)).toHaveCount(0);
  await finalScreenshot(page, 'morning-hall-duty-manager');
});

test('营业员的早晨（手机）：首页待办里的考试，从待办打开、交卷，回到首页它就不见了', async ({ page }) => {
  await firstLogIn(page, 'HZ12010', NEW_PASSWORD);
  const exam = inbox(page)
    .locator('.inbox__item')
    .filter({ hasText: '参加考试' })
    .filter({ hasText: CITY_EXAM });
  await expect(exam).toBeVisible();
  const id = (await exam.getAttribute('data-inbox-id'))!;
  const title = (await exam.locator('.inbox__title').textContent())!.trim();

  await exam.getByRole('link', { name: title }).click();
  await expect(page).toHaveURL(/\/training\/take\//);
  await handInAfterFirstAnswer(page);
  await expect(page).toHaveURL(/\/training\/results\//);

  await goHome(page);
  await expect(inbox(page).locator(`[data-inbox-id="${id}"]`)).toHaveCount(0);
  await finalScreenshot(page, 'morning-hall-clerk');
});
