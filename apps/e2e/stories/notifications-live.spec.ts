import type { Page } from '@playwright/test';
import { expect, finalScreenshot, logInAs, test } from '../support/story.ts';

// 通知: 湖滨营业厅's clerk has the portal open when the city's trainer publishes an exam to her hall from
// another browser; the bell shows it within 2 s without a reload, and opening it marks it read.
// Accounts: hubin.clerk (marks only this story's notification read) and trainer (publishes one more exam, to
// 湖滨营业厅 only, opening tomorrow).

const EXAM = `湖滨营业厅服务规范小测 ${Date.now().toString(36)}`;

const chinaTime = (at: Date) =>
  at.toLocaleString('sv-SE', { timeZone: 'Asia/Shanghai', hour12: false }).slice(0, 19);

const formItem = (page: Page, label: string) =>
  page.locator('.el-form-item').filter({ hasText: label }).first();

async function pickOrg(page: Page, label: string, typed: string, name: string) {
  const item = formItem(page, label);
  await item.locator('.el-select').click();
  // The org tree arrives a moment after the page: type again until it is there to filter.
  await expect(async () => {
    await item.locator('input').first().fill(typed);
    await expect(page.getByRole('option', { name, exact: true })).toBeVisible({ timeout: 1_000 });
  }).toPass();
  await page.getByRole('option', { name, exact: true }).click();
  await page.keyboard.press('Escape');
}

async function publishExam(trainer: Page) {
  await trainer.goto('/training/exams/new');
  await formItem(trainer, '考试名称').locator('input').first().fill(EXAM);
  await pickOrg(trainer, '组织单位', '上城', '上城区分公司');
  await formItem(trainer, '只能选择已发布的试卷').locator('.el-select').click();
  await trainer.getByRole('option', { name: /^营业厅业务知识笔试卷（固定卷）（/ }).click();
  await pickOrg(trainer, '组织（含下级）', '湖滨', '湖滨营业厅');
  const tomorrow = Date.now() + 24 * 3_600_000;
  for (const [label, at] of [
    ['开始时间', tomorrow],
    ['结束时间', tomorrow + 2 * 3_600_000],
  ] as const) {
    const input = trainer.getByRole('combobox', { name: label });
    await input.fill(chinaTime(new Date(at)));
    await input.press('Enter');
    await input.press('Escape');
  }
  await trainer.getByRole('button', { name: '保存草稿' }).click();
  await expect(trainer.getByText('考试已保存')).toBeVisible();
  await trainer.getByRole('button', { name: '发布' }).click();
  await trainer.getByRole('dialog', { name: '请确认' }).getByRole('button', { name: '发布' }).click();
  await expect(trainer.getByText(/考试已发布，共 \d+ 名考生/)).toBeVisible();
}

test.describe('通知', () => {
  test('营业员开着门户时，培训管理员在另一台电脑发布考试，铃铛 2 秒内亮起，打开后标为已读', async ({
    page,
    browser,
    baseURL,
  }) => {
    await logInAs(page, 'hubin.clerk');
    const bell = page.getByTestId('notification-bell');
    // Her demo notifications are counted once the page has loaded.
    await expect(bell).not.toHaveAttribute('data-unread', '0');
    const before = Number(await bell.getAttribute('data-unread'));

    const trainer = await (await browser.newContext({ baseURL, locale: 'zh-CN' })).newPage();
    await logInAs(trainer, 'trainer');
    await publishExam(trainer);

    // The clerk's page was not reloaded: the stream brings a toast and the count, within 2 s of the publish.
    const published = Date.now();
    const toast = page.locator('.notification-toast').filter({ hasText: EXAM });
    await expect(toast).toBeVisible({ timeout: 2_000 });
    expect(Date.now() - published).toBeLessThanOrEqual(2_000);
    await expect.poll(async () => Number(await bell.getAttribute('data-unread'))).toBeGreaterThan(before);
    await trainer.context().close();

    // Opening it from the bell's list marks it read and goes to her exams.
    await bell.click();
    const panel = page.getByTestId('notification-panel');
    const item = panel.getByRole('button', { name: new RegExp(`考试发布：${EXAM}`) });
    await expect(item).toHaveAttribute('data-read', 'false');
    await finalScreenshot(page, 'notifications-live-bell');
    await item.click();
    await expect(page).toHaveURL(/\/training\/mine/);
    await bell.click();
    await expect(panel.getByRole('button', { name: new RegExp(`考试发布：${EXAM}`) })).toHaveAttribute(
      'data-read',
      'true',
    );
  });
});
