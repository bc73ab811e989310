import type { Page } from '@playwright/test';
import { expect, finalScreenshot, logInAs, test } from '../support/story.ts';

// 排队预警 → 应急处置: a busy morning at 湖滨营业厅. The hall manager (hubin.mgr, 李娜) records the queue on the
// inspection area's queue page — first a level-1 warning, then 17 customers at 4 counters, a second-level one.
// Inspection announces the warning; operations offers the hall's 客流拥堵应急预案 as her to-do. She opens it from the
// home page's 今日待办: the start page names the warning's figures and the plan, she starts the incident, its
// checklist says what triggered it, and she ticks the first step. The to-do is gone once started. Every demo hall
// adopted the crowding plan (services/operations/src/plans/contingency-seed.ts); no other story starts it.

const PLAN = '客流拥堵应急预案';
const WAITING = 17;
const COUNTERS = 4;

async function report(page: Page, waiting: number, counters: number, level: string) {
  const form = page.locator('.queue-report');
  await form
    .locator('.el-form-item')
    .filter({ hasText: '等候客户数' })
    .locator('input')
    .fill(String(waiting));
  await form
    .locator('.el-form-item')
    .filter({ hasText: '开放台席数' })
    .locator('input')
    .fill(String(counters));
  await form.getByRole('button', { name: '上报' }).click();
  await expect(form.locator('.queue-report__verdict')).toContainText(level);
}

test('排队预警触发应急处置：店面经理上报排队达到二级预警，在今日待办里看到启动客流拥堵预案，启动后清单写明由预警触发，勾选第一步', async ({
  page,
}) => {
  test.setTimeout(3 * 60_000);
  await logInAs(page, 'hubin.mgr');

  // The queue grows: a first-level warning, then a second-level one.
  await page.goto('/inspection/queue');
  await expect(page.getByRole('heading', { name: /上报排队情况 · 湖滨营业厅/ })).toBeVisible();
  await report(page, 10, COUNTERS, '一级预警');
  await report(page, WAITING, COUNTERS, '二级预警');

  // The warning travels as an event; within seconds her to-dos offer the hall's crowding plan.
  const offer = page
    .getByTestId('home-inbox')
    .locator('.inbox__item')
    .filter({ hasText: `等候 ${WAITING} 人 / 开放 ${COUNTERS} 个窗口` });
  await expect(async () => {
    await page.goto('/');
    await expect(offer).toBeVisible({ timeout: 3_000 });
  }).toPass({ timeout: 60_000 });
  await expect(offer).toContainText('排队预警：启动客流拥堵预案');
  await offer.getByRole('link').click();

  // The start page: the warning's figures and the plan chosen.
  await expect(page).toHaveURL(/\/operations\/incidents\/start\?plan=[0-9a-f-]{36}&warning=[0-9a-f-]{36}$/);
  const start = page.getByTestId('incident-start');
  await expect(start.getByTestId('incident-start-trigger')).toContainText(
    `由排队预警触发：等候 ${WAITING} 人 / 开放 ${COUNTERS} 个窗口，`,
  );
  await expect(start.getByRole('heading', { name: `预案：${PLAN}` })).toBeVisible();
  await expect(start).toContainText('增开柜台，安排弹性岗位上岗');
  await start.getByRole('button', { name: '启动处置' }).click();

  // The live checklist says what triggered it; the first step is hers to tick.
  await expect(page).toHaveURL(/\/operations\/incidents\/[0-9a-f-]{36}$/);
  await expect(page.getByTestId('incident-trigger')).toContainText(
    new RegExp(`由排队预警触发：等候 ${WAITING} 人 / 开放 ${COUNTERS} 个窗口，\\d{2}:\\d{2}`),
  );
  await expect(page.getByTestId('incident-mode')).toHaveText('实战');
  await page.getByTestId('incident-tick-1').click();
  await expect(page.getByTestId('incident-step-done-1')).toContainText('李娜');
  await finalScreenshot(page, 'operations-queue-incident-checklist');

  // Started, the offer is gone from her to-dos.
  await page.goto('/');
  await expect(page.getByTestId('home-inbox').getByRole('heading', { name: '今日待办' })).toBeVisible();
  await expect(offer).toHaveCount(0);
});
