import type { Browser, Page } from '@playwright/test';
import { gatewayApi } from '../support/gateway-api.ts';
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
const PHONE = { width: 390, height: 844 };

interface TemplateItem {
  code: string;
  title: string;
  scoringMode: 'PASS_FAIL' | 'POINTS';
  maxPoints: number | null;
  photoRequired: boolean;
}

/** The district supervisor inspects 湖滨营业厅 and fails one item: exactly one new rectification order. */
async function issueOrder(page: Page): Promise<{ id: string; itemTitle: string }> {
  const api = gatewayApi(page);
  const halls = await api.query<{ items: { id: string; name: string }[] }>('org.halls', {
    page: 1,
    pageSize: 10,
    q: '湖滨',
  });
  const hallId = halls.items.find((hall) => hall.name === '湖滨营业厅')!.id;
  const templates = await api.query<{ id: string; status: string }[]>('inspection.templates.list', {
    kind: 'STANDARD',
  });
  const templateId = templates.find((template) => template.status === 'PUBLISHED')!.id;
  const template = await api.query<{ sections: { items: TemplateItem[] }[] }>('inspection.templates.get', {
    id: templateId,
  });
  const items = template.sections.flatMap((section) => section.items);
  const failing = items.find((item) => item.scoringMode === 'PASS_FAIL')!;
  const photo = await api.upload<{ id: string }>('inspection.inspections.uploadPhoto', {
    hallId,
    file: PHOTO,
  });
  const { id: inspectionId } = await api.mutate<{ id: string }>('inspection.inspections.start', {
    clientKey: crypto.randomUUID(),
    hallId,
    kind: 'MONTHLY_VISIT',
    templateId,
  });
  await api.mutate('inspection.inspections.submit', {
    id: inspectionId,
    results: items.map((item) => ({
      itemCode: item.code,
      outcome: item === failing ? 'FAIL' : item.scoringMode === 'POINTS' ? (item.maxPoints ?? 1) : 'PASS',
      note: item === failing ? '等候区地面有水渍，未放置防滑提示' : null,
      photoIds: item.photoRequired || item === failing ? [photo.id] : [],
    })),
  });
  const orders = await api.query<{ items: { id: string; inspectionId: string; itemTitle: string }[] }>(
    'inspection.rectifications.list',
    { page: 1, pageSize: 100, hallId, status: 'OPEN' },
  );
  const order = orders.items.find((candidate) => candidate.inspectionId === inspectionId)!;
  return { id: order.id, itemTitle: order.itemTitle };
}

async function openAs(browser: Browser, baseURL: string, username: string, viewport = PHONE): Promise<Page> {
  const page = await (await browser.newContext({ baseURL, viewport, locale: 'zh-CN' })).newPage();
  await logInAs(page, username);
  return page;
}

/** The order's drawer, opened from a link such as the dashboard's overdue list uses. */
async function openOrder(page: Page, order: { id: string; itemTitle: string }) {
  await page.goto(`/inspection/rectifications?order=${order.id}`);
  const drawer = page.getByRole('dialog', { name: order.itemTitle });
  await expect(drawer.getByText('处理记录')).toBeVisible();
  return drawer;
}

async function answer(page: Page, order: { id: string; itemTitle: string }, measures: string) {
  const drawer = await openOrder(page, order);
  await drawer.getByLabel('已采取的整改措施').fill(measures);
  await drawer.locator('input[type=file]').setInputFiles(PHOTO);
  await expect(drawer.getByRole('img', { name: PHOTO.name })).toBeVisible();
  await drawer.getByRole('button', { name: '提交整改反馈' }).click();
  await expect(page.getByText('整改反馈已提交，等待检查人员验证')).toBeVisible();
  await expect(drawer.getByText('待验证').first()).toBeVisible();
  await expect(drawer.getByText(measures).first()).toBeVisible();
}

async function closedThisMonth(page: Page): Promise<number> {
  await page.goto('/inspection/dashboard');
  const closed = page.locator('[data-figure="closed"] dd');
  await expect(closed).toHaveText(/^\d+$/);
  return Number(await closed.textContent());
}

test('整改闭环：店面经理整改反馈，区县督导退回一次后验证通过，看板的闭环数随之增加', async ({
  page,
  browser,
  baseURL,
}) => {
  // Three sign-ins and two rounds of answer and verification: more than a single screen's work.
  test.slow();
  await logInAs(page, 'sc.sup');
  const order = await issueOrder(page);
  const closedBefore = await closedThisMonth(page);

  const manager = await openAs(browser, baseURL!, 'hubin.mgr');
  await answer(manager, order, '已拖干地面并放置防滑提示牌');

  // The inspector is not convinced: a send-back needs a reason.
  let drawer = await openOrder(page, order);
  await drawer.getByRole('button', { name: '退回重改' }).click();
  await expect(drawer.getByText('退回重改时请填写原因')).toBeVisible();
  await drawer.getByLabel('验证意见').fill('照片看不出整改效果，请补拍等候区全景');
  await drawer.getByRole('button', { name: '退回重改' }).click();
  await page.getByRole('dialog', { name: '请确认' }).getByRole('button', { name: '退回重改' }).click();
  await expect(page.getByText('已退回营业厅重新整改')).toBeVisible();
  await expect(drawer.getByText('已退回重改').first()).toBeVisible();

  // The hall sees why and answers again.
  drawer = await openOrder(manager, order);
  await expect(drawer.getByText('退回原因：照片看不出整改效果，请补拍等候区全景')).toBeVisible();
  await answer(manager, order, '已补拍等候区全景，并安排专人每小时巡查地面');

  drawer = await openOrder(page, order);
  await drawer.getByRole('button', { name: '验证通过' }).click();
  await page.getByRole('dialog', { name: '请确认' }).getByRole('button', { name: '验证通过' }).click();
  await expect(page.getByText('已验证通过，整改单闭环')).toBeVisible();
  await expect(drawer.getByText('已闭环').first()).toBeVisible();
  await expect(drawer.locator('.d-timeline__action')).toHaveText([
    '验证通过',
    '提交整改反馈',
    '退回重改',
    '提交整改反馈',
    '下发整改单',
  ]);

  // The closed loop shows on the dashboard (drawn without animation, so the screenshot shows finished charts).
  await page.emulateMedia({ reducedMotion: 'reduce' });
  expect(await closedThisMonth(page)).toBe(closedBefore + 1);
  await expect(page.locator('.d-chart-card canvas')).toHaveCount(3);
  await finalScreenshot(page, 'inspection-rectification-closed-loop');
  await manager.context().close();
});
