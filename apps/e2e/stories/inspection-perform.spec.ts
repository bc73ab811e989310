import type { Locator, Page } from '@playwright/test';
import { expect, finalScreenshot, logInAs, test } from '../support/story.ts';

// A tiny real PNG: the service checks that an evidence photo really is an image.
const PHOTO = {
  name: 'evidence.png',
  mimeType: 'image/png',
  buffer: Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
};

test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

const item = (page: Page, code: string) => page.locator(`[data-item="${code}"]`);
const progress = (page: Page) => page.getByTestId('perform-progress');

async function addPhoto(card: Locator): Promise<void> {
  const before = await card.locator('img').count();
  await card.locator('input[type=file]').setInputFiles(PHOTO);
  await expect(card.locator('img')).toHaveCount(before + 1);
}

/** Judges every item of the current section still open: full marks, with the photo an item asks for. */
async function passRemaining(page: Page): Promise<void> {
  for (const card of await page.locator('[data-item]').all()) {
    if ((await card.locator('.el-radio-button.is-active').count()) === 0) {
      const options = await card.locator('.el-radio-button').allInnerTexts();
      const best = options.includes('合格')
        ? '合格'
        : String(Math.max(...options.filter((o) => /^\d+$/.test(o)).map(Number)));
      await card.locator('.el-radio-button', { hasText: new RegExp(`^${best}$`) }).click();
    }
    if ((await card.getByText('该项需要拍照留证').count()) > 0) await addPhoto(card);
  }
}

test('现场检查（手机）：区县督导逐项检查、拍照留证，中途刷新草稿不丢，提交后看到得分', async ({ page }) => {
  // Thirty items, a dozen photos and a reload on a phone.
  test.slow();
  await logInAs(page, 'sc.sup');
  await page.goto('/inspection/tasks');
  await page.getByRole('button', { name: '新建检查' }).click();
  const start = page.getByRole('dialog', { name: '新建计划外检查' });
  await start.getByLabel('营业厅').click();
  await page.getByRole('treeitem', { name: '望江营业厅' }).click();
  await expect(start.getByText('营业厅服务规范达标检查标准')).toBeVisible();
  await start.getByRole('button', { name: '开始检查' }).click();

  await expect(page).toHaveURL(/\/inspection\/inspections\/[0-9a-f-]+\/perform/);
  await expect(page.getByRole('heading', { name: '望江营业厅 · 月度明查' })).toBeVisible();
  await expect(page.getByText(/^开始时间 \d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)).toBeVisible();
  // However many items the city's standard has today.
  await expect(progress(page)).toHaveText(/^已完成 0\/\d+ 项$/);
  const total = Number((await progress(page).textContent())!.match(/\/(\d+)/)![1]);
  const inSectionA = await page.locator('[data-item]').count();

  // Section A: one item loses a point, the rest full marks; the running score follows.
  await item(page, 'A02').locator('.el-radio-button', { hasText: /^4$/ }).click();
  await item(page, 'A02').getByLabel('问题描述').fill('办结后未双手递交单据');
  await passRemaining(page);
  await expect(progress(page)).toHaveText(`已完成 ${inSectionA}/${total} 项`);
  const [earned, possible] = (await page.getByTestId('section-subtotal').textContent())!
    .match(/[\d.]+/g)!
    .map(Number);
  expect(earned).toBeLessThan(possible!);

  // Section B: a failed item with its photo.
  await page.getByRole('button', { name: '下一组' }).click();
  const b01 = item(page, 'B01');
  await b01.locator('.el-radio-button', { hasText: /^不合格$/ }).click();
  await b01.getByLabel('问题描述').fill('门口地面有积水，未放置防滑提示');
  await addPhoto(b01);
  await expect(progress(page)).toHaveText(`已完成 ${inSectionA + 1}/${total} 项`);
  await expect(page.getByTestId('perform-save-status')).toHaveAttribute('data-status', 'saved');

  // Halfway, the page reloads (a phone that dropped the tab): everything is still there.
  await page.reload();
  await expect(progress(page)).toHaveText(`已完成 ${inSectionA + 1}/${total} 项`);
  await expect(page.getByRole('heading', { name: 'B · 环境与5S' })).toBeVisible();
  await expect(b01.locator('.el-radio-button.is-active')).toHaveText('不合格');
  await expect(b01.getByLabel('问题描述')).toHaveValue('门口地面有积水，未放置防滑提示');
  await expect(b01.locator('img')).toHaveCount(1);
  await page.getByRole('button', { name: '上一组' }).click();
  await expect(item(page, 'A02').locator('.el-radio-button.is-active')).toHaveText('4');
  await expect(item(page, 'A02').getByLabel('问题描述')).toHaveValue('办结后未双手递交单据');

  // The rest of the checklist, section by section.
  const tabs = page.locator('.section-nav__tab');
  for (let index = 1; index < (await tabs.count()); index++) {
    await tabs.nth(index).click();
    await expect(tabs.nth(index)).toHaveAttribute('aria-current', 'step');
    await passRemaining(page);
  }
  await expect(progress(page)).toHaveText(`已完成 ${total}/${total} 项`);
  await page.getByLabel('检查小结').fill('整体规范，门口防滑需立即整改。');

  await page.getByRole('button', { name: '提交检查' }).click();
  await page.getByRole('dialog', { name: '提交检查' }).getByRole('button', { name: '提交检查' }).click();
  await expect(page).toHaveURL(/\/inspection\/inspections\/[0-9a-f-]+$/);
  await expect(page.getByText(/检查已提交，得分 [\d.]+ 分，生成整改单 2 张/)).toBeVisible();
  await expect(page.getByTestId('inspection-score')).toContainText('合格');
  // One problem in each of the two sections, as judged.
  const sections = page.getByTestId('section-scores');
  await expect(
    sections
      .getByRole('row', { name: /服务礼仪/ })
      .locator('td')
      .last(),
  ).toHaveText('1');
  await expect(
    sections
      .getByRole('row', { name: /环境与5S/ })
      .locator('td')
      .last(),
  ).toHaveText('1');
  await expect(
    sections
      .getByRole('row', { name: /业务办理准确性/ })
      .locator('td')
      .last(),
  ).toHaveText('0');
  await expect(page.getByText('门口地面有积水，未放置防滑提示')).toBeVisible();
  await finalScreenshot(page, 'inspection-perform-phone');
});

/**
 * Counts the screen's taps from now on: every press the browser itself reports (Playwright's clicks are real
 * input, so they count; typing and reloading do not).
 */
async function countTaps(page: Page): Promise<() => Promise<number>> {
  const read = () => page.evaluate(() => (window as { dudaTaps?: number }).dudaTaps ?? 0);
  await page.evaluate(() => {
    const counted = window as { dudaTaps?: number };
    counted.dudaTaps = 0;
    document.addEventListener(
      'pointerdown',
      (event) => {
        if (event.isTrusted) counted.dudaTaps = (counted.dudaTaps ?? 0) + 1;
      },
      true,
    );
  });
  return read;
}

/** Prints a measured figure in the run's output and keeps it with the test's result. */
function report(figure: string): void {
  test.info().annotations.push({ type: 'taps', description: figure });
  process.stdout.write(`${figure}\n`);
}

/** From the task list (already open): the first planned visit still to do. */
async function openPlannedVisit(page: Page): Promise<void> {
  const todo = page
    .getByTestId('tasks-assigned')
    .getByRole('button', { name: '开始检查', exact: true })
    .first();
  await todo.click();
  await expect(page).toHaveURL(/\/inspection\/inspections\/[0-9a-f-]+\/perform/);
  await expect(progress(page)).toHaveText(/^已完成 0\/\d+ 项$/);
}

async function passTheRest(page: Page, count: number): Promise<void> {
  await page.getByTestId('rest-passes').click();
  const confirm = page.getByRole('dialog', { name: '其余全部合格' });
  await expect(confirm).toContainText(`将把尚未判定的 ${count} 项标记为合格`);
  await confirm.getByRole('button', { name: '其余全部合格' }).click();
}

async function submitInspection(page: Page): Promise<void> {
  await page.getByRole('button', { name: '提交检查' }).click();
  await page.getByRole('dialog', { name: '提交检查' }).getByRole('button', { name: '提交检查' }).click();
  await expect(page).toHaveURL(/\/inspection\/inspections\/[0-9a-f-]+$/);
}

test('其余全部合格（手机）：30 项全部合格的计划检查，从打开任务到提交不超过 8 次点按，中途刷新不丢', async ({
  page,
}) => {
  await logInAs(page, 'sc.sup');
  await page.goto('/inspection/tasks');
  const taps = await countTaps(page);
  await openPlannedVisit(page);
  const total = Number((await progress(page).textContent())!.match(/\/(\d+)/)![1]);
  expect(total).toBe(30);

  await passTheRest(page, total);
  await expect(progress(page)).toHaveText(`已完成 ${total}/${total} 项`);
  await expect(page.getByTestId('rest-passes')).toHaveCount(0);
  // Nothing failed, so no item asks for a photo: the standard wants photos of problems only.
  await expect(page.getByText('该项需要拍照留证')).toHaveCount(0);
  await expect(page.getByTestId('perform-save-status')).toHaveAttribute('data-status', 'saved');

  // The marks are the draft's: a reload halfway keeps them.
  const before = await taps();
  await page.reload();
  await expect(progress(page)).toHaveText(`已完成 ${total}/${total} 项`);
  const afterReload = await countTaps(page);

  await submitInspection(page);
  await expect(page.getByText(/检查已提交，得分 100(\.0)? 分，生成整改单 0 张/)).toBeVisible();
  // The service recorded who marked the rest passed, and how many: the detail says so.
  await expect(page.getByTestId('inspection-rest-pass')).toHaveText(
    new RegExp(`^刘海涛 于 \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2} 标记 ${total} 项$`),
  );
  const count = before + (await afterReload());
  report(`taps for a clean ${total}-item inspection, opening the visit to submitted: ${count}`);
  expect(count).toBeLessThanOrEqual(8);
  await finalScreenshot(page, 'inspection-rest-passes-phone');
});

test('其余全部合格（手机）：30 项中一项不合格，打开表单后不超过 8 次点按即提交，已判定的不被覆盖', async ({
  page,
}) => {
  await logInAs(page, 'sc.sup');
  await page.goto('/inspection/tasks');
  await openPlannedVisit(page);
  const taps = await countTaps(page);
  const total = Number((await progress(page).textContent())!.match(/\/(\d+)/)![1]);

  const a01 = item(page, 'A01');
  await a01.locator('.el-radio-button', { hasText: /^不合格$/ }).click();
  await a01.getByLabel('问题描述').click();
  await a01.getByLabel('问题描述').fill('一名营业员未佩戴工牌');
  await passTheRest(page, total - 1);
  await expect(progress(page)).toHaveText(`已完成 ${total}/${total} 项`);
  await expect(a01.locator('.el-radio-button.is-active')).toHaveText('不合格');

  await submitInspection(page);
  await expect(page.getByText(/检查已提交，得分 [\d.]+ 分，生成整改单 1 张/)).toBeVisible();
  await expect(page.getByTestId('inspection-rest-pass')).toContainText(`标记 ${total - 1} 项`);
  const count = await taps();
  report(`taps for a ${total}-item inspection with one failure, after opening the form: ${count}`);
  expect(count).toBeLessThanOrEqual(8);
});
