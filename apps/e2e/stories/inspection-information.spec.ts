import { currentMonth, monthLabel, nextMonth } from '@duda/month';
import type { Browser, Page } from '@playwright/test';
import { gatewayApi } from '../support/gateway-api.ts';
import { expect as storyExpect, finalScreenshot, logInAs, test } from '../support/story.ts';
import { PHOTO, submitVisit } from './inspection-arrange.ts';

// Five people's pages on a loaded two-core runner: each waits for what it should show, for longer than usual.
const expect = storyExpect.configure({ timeout: 30_000 });

// Nothing wrong, nothing lost (#16 point 4). Accounts: sc.sup inspects 湖滨 and writes 上城区's notice of the
// month; hubin.mgr answers on a phone; city.sup and leader only read; xh.sup drafts next month's plan.

const PHONE = { width: 390, height: 844 };
/** A real GIF: a picture, but not one the service keeps (JPG, PNG or WebP only). */
const GIF = {
  name: 'scan.gif',
  mimeType: 'image/gif',
  buffer: Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64'),
};
const NOTE = '业务台面摆放杂物';

async function openAs(browser: Browser, baseURL: string, username: string, viewport?: typeof PHONE) {
  const page = await (
    await browser.newContext({ baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', viewport })
  ).newPage();
  await logInAs(page, username);
  return page;
}

async function openOrder(page: Page, order: { id: string; itemTitle: string }) {
  await page.goto(`/inspection/rectifications?order=${order.id}`);
  const drawer = page.getByRole('dialog', { name: order.itemTitle });
  await expect(drawer.getByText('处理记录')).toBeVisible();
  return drawer;
}

/** The orders of one inspection, as one supervisor lists them with 只看待我验证 ticked. */
async function waitingForMe(page: Page, inspectionId: string) {
  await page.goto(`/inspection/rectifications?inspectionId=${inspectionId}`);
  await expect(page.locator('.el-table__body-wrapper .el-table__row')).toHaveCount(3);
  await page.getByText('只看待我验证', { exact: true }).click();
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page).toHaveURL(/toVerify=1/);
  return page.locator('.el-table__body-wrapper .el-table__row');
}

test('信息不错不丢：只看待我验证只列本人验证的单；退回后整改措施仍在；上传失败说出原因；超长文字不截断、提示写明字段；草稿计划领导看不到；通报案例不重复', async ({
  page,
  browser,
  baseURL,
}) => {
  // Five people and a notice.
  test.slow();
  await logInAs(page, 'sc.sup');
  // The supervisor copied one note onto three items, one of them a one-vote veto (一票否决).
  const visit = await submitVisit(
    page,
    '湖滨营业厅',
    (items) => [items.find((item) => item.veto)!, ...items.filter((item) => !item.veto).slice(4, 6)],
    NOTE,
  );
  expect(visit.orders).toHaveLength(3);
  const order = visit.orders[0]!;

  // 湖滨's manager answers on her phone.
  const hall = await openAs(browser, baseURL!, 'hubin.mgr', PHONE);
  let drawer = await openOrder(hall, order);
  // A scan in a format the service does not keep: she is told so, not "上传失败，请重试".
  await drawer.locator('input[type=file]').setInputFiles(GIF);
  await expect(hall.getByText('「scan.gif」未能上传：只能上传 JPG、PNG 或 WebP 格式的图片')).toBeVisible();
  await expect(hall.getByText('上传失败，请重试')).toHaveCount(0);
  // Pasted measures longer than kept: nothing is cut, the counter and the refusal say by how much, by name.
  const measures = drawer.getByLabel('已采取的整改措施');
  const tooLong = `已清理台面杂物并安排专人巡查。${'每小时检查一次台面。'.repeat(100)}`;
  await measures.fill(tooLong);
  await expect(measures).toHaveValue(tooLong);
  await expect(drawer.getByTestId('text-count')).toHaveText(`${tooLong.length} / 1000`);
  await expect(drawer.getByText(`超出 ${tooLong.length - 1000} 个字，请删减后再提交`)).toBeVisible();
  await drawer.locator('input[type=file]').setInputFiles(PHOTO);
  await expect(drawer.getByRole('img', { name: PHOTO.name })).toBeVisible();
  await drawer.getByRole('button', { name: '提交整改反馈' }).click();
  await expect(hall.getByText('整改措施：最多 1000 个字，请删减后再提交').first()).toBeVisible();
  await expect(measures).toHaveValue(tooLong);
  const first = '已清理台面杂物，台面只留业务必需品。';
  await measures.fill(first);
  await expect(drawer.getByTestId('text-count')).toHaveText(`${first.length} / 1000`);
  await drawer.getByRole('button', { name: '提交整改反馈' }).click();
  await expect(hall.getByText('整改反馈已提交，等待检查人员验证')).toBeVisible();

  // 只看待我验证: the city supervisor verifies none of these; the district supervisor who inspected, this one.
  const city = await openAs(browser, baseURL!, 'city.sup');
  await expect(await waitingForMe(city, visit.inspectionId)).toHaveCount(0);
  await expect(city.getByText('没有符合条件的整改单')).toBeVisible();
  const mine = await waitingForMe(page, visit.inspectionId);
  await expect(mine).toHaveCount(1);
  await expect(mine).toContainText(order.itemTitle);

  // Sent back: the hall amends its last answer instead of typing it again.
  drawer = await openOrder(page, order);
  await drawer.getByLabel('验证意见').fill('请补拍台面全景');
  await drawer.getByRole('button', { name: '退回重改' }).click();
  await page.getByRole('dialog', { name: '请确认' }).getByRole('button', { name: '退回重改' }).click();
  await expect(page.getByText('已退回营业厅重新整改')).toBeVisible();
  drawer = await openOrder(hall, order);
  await expect(drawer.getByText('退回原因：请补拍台面全景')).toBeVisible();
  await expect(drawer.getByLabel('已采取的整改措施')).toHaveValue(first);
  await expect(drawer.getByRole('img', { name: '1' })).toBeVisible();
  await drawer.getByLabel('已采取的整改措施').fill(`${first}已补拍台面全景。`);
  await drawer.getByRole('button', { name: '提交整改反馈' }).click();
  await expect(hall.getByText('整改反馈已提交，等待检查人员验证')).toBeVisible();
  await expect(drawer.getByText(`${first}已补拍台面全景。`).first()).toBeVisible();
  await finalScreenshot(hall, 'inspection-measures-kept-phone');

  // The month's notice: the vetoed visit is a typical case that says the copied note once.
  const api = gatewayApi(page);
  const { id: noticeId } = await api.mutate<{ id: string }>('inspection.notices.generate', {
    scopeOrgId: visit.districtId,
    month: currentMonth(),
  });
  const notice = await api.query<{ notice: { typicalCases: { inspectionId: string }[] } }>(
    'inspection.notices.get',
    { id: noticeId },
  );
  const ours = notice.notice.typicalCases.findIndex((item) => item.inspectionId === visit.inspectionId);
  expect(ours, 'the vetoed visit is among the typical cases').toBeGreaterThanOrEqual(0);
  await page.goto(`/inspection/notices/${noticeId}`);
  const typicalCase = page.locator('.notice-document__case').nth(ours);
  await expect(typicalCase.getByRole('heading')).toContainText('湖滨营业厅触发一票否决');
  await expect(typicalCase.locator('.notice-document__summary')).toHaveText([NOTE]);

  // 西湖区 drafts next month's plan: the leader sees it only once submitted, and is told so.
  const drafter = await openAs(browser, baseURL!, 'xh.sup');
  const tree = await gatewayApi(drafter).query<{ id: string; name: string; children: unknown[] }[]>(
    'org.tree',
    { includeInactive: false },
  );
  const find = (nodes: { id: string; name: string; children: unknown[] }[]): string | undefined =>
    nodes
      .map((node) => (node.name === '西湖区分公司' ? node.id : find(node.children as never)))
      .find(Boolean);
  const month = nextMonth(currentMonth());
  const draft = await gatewayApi(drafter).mutate<{ id: string }>('inspection.plans.create', {
    scopeOrgId: find(tree)!,
    month,
  });
  const title = `西湖区分公司${monthLabel(month)}服务检查计划`;
  await drafter.goto(`/inspection/plans?month=${month}`);
  await expect(drafter.getByRole('row').filter({ hasText: title })).toHaveCount(1);
  const leader = await openAs(browser, baseURL!, 'leader');
  const listed = leader.waitForResponse((response) => response.url().includes('inspection.plans.list'));
  await leader.goto(`/inspection/plans?month=${month}`);
  await listed;
  await expect(leader.locator('.el-table')).toBeVisible();
  await expect(leader.getByRole('row').filter({ hasText: title })).toHaveCount(0);
  await leader.goto(`/inspection/plans/${draft.id}`);
  await expect(leader.getByRole('alert').filter({ hasText: '没有权限' })).toContainText(
    '该检查计划还是草稿，作者提交审批后您才能查看',
  );

  for (const other of [hall, city, drafter, leader]) await other.context().close();
});
