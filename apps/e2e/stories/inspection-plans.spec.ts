import { monthLabel, nextMonth } from '@duda/month';
import type { Page } from '@playwright/test';
import { expect, finalScreenshot, logInAs, openAs, test } from '../support/story.ts';

/** The first month after every plan 上城区 already has: the story's own plan, whatever ran before it. */
async function freeMonth(page: Page): Promise<{ month: string; label: string }> {
  const input = encodeURIComponent(JSON.stringify({ json: { page: 1, pageSize: 100 } }));
  const response = await page.request.get(`/trpc/inspection.plans.list?input=${input}`);
  expect(response.ok(), await response.text()).toBe(true);
  const { items } = (
    (await response.json()) as {
      result: { data: { json: { items: { scopeName: string; month: string }[] } } };
    }
  ).result.data.json;
  const taken = items.filter((plan) => plan.scopeName === '上城区分公司').map((plan) => plan.month);
  const month = nextMonth(taken.sort().at(-1)!);
  return { month, label: monthLabel(month) };
}

async function confirm(page: Page, button: string): Promise<void> {
  await page.getByRole('dialog', { name: '请确认' }).getByRole('button', { name: button }).click();
}

test('月度检查计划：区县督导制定并提交，领导退回后修改再提交，领导审批通过，市公司督导下发', async ({
  page,
  browser,
  baseURL,
}) => {
  // Three people sign in and the plan goes round the approval loop twice.
  test.slow();
  await logInAs(page, 'sc.sup');
  const { month, label } = await freeMonth(page);

  // 拟定计划: the district supervisor drafts the month's plan with one visit.
  await page.goto('/inspection/plans');
  await page.getByRole('button', { name: '新建计划' }).click();
  const create = page.getByRole('dialog', { name: '新建月度检查计划' });
  // A district supervisor plans for their own district: it is chosen already.
  await expect(create.getByText('上城区分公司')).toBeVisible();
  await create.getByLabel('计划月份').fill(month);
  await create.getByLabel('计划月份').press('Enter');
  await create.getByRole('button', { name: '创建' }).click();
  await expect(page.getByRole('heading', { name: `上城区分公司${label}服务检查计划` })).toBeVisible();
  const planUrl = page.url();

  await page.getByRole('button', { name: '添加检查' }).click();
  const entry = page.getByRole('dialog', { name: '添加检查安排' });
  await entry.getByLabel('营业厅').click();
  await page.getByRole('treeitem', { name: '湖滨营业厅' }).click();
  await entry.getByLabel('检查人员').fill('刘海涛');
  await page.getByRole('option', { name: /刘海涛/ }).click();
  await entry.getByLabel('计划日期').fill(`${month}-20`);
  await entry.getByLabel('计划日期').press('Enter');
  await entry.getByRole('button', { name: '保存' }).click();
  await expect(entry).toBeHidden();
  const entries = page.getByTestId('plan-entries');
  await expect(entries).toContainText('湖滨营业厅');
  await expect(entries).toContainText(`${month}-20`);

  await page.getByRole('button', { name: '提交审批' }).click();
  await confirm(page, '提交审批');
  await expect(page.getByTestId('plan-status')).toHaveText('待审批');
  await expect(page.getByRole('button', { name: '添加检查' })).toHaveCount(0);

  // 领导审批: a return needs a reason.
  const leader = await openAs(browser, baseURL!, 'leader', { url: planUrl });
  await leader.getByRole('button', { name: '退回' }).click();
  const reject = leader.getByRole('dialog', { name: '退回计划' });
  await reject.getByRole('button', { name: '退回' }).click();
  await expect(reject.getByText('退回计划时请填写退回原因')).toBeVisible();
  const reason = '湖滨营业厅月底客流高峰，请把检查提前到上旬。';
  await reject.getByLabel('退回原因').fill(reason);
  await reject.getByRole('button', { name: '退回' }).click();
  await expect(leader.getByTestId('plan-status')).toHaveText('已退回');
  await expect(leader.getByTestId('plan-history')).toContainText(reason);

  // The author sees why, revises and submits again.
  await page.reload();
  await expect(page.getByText(reason).first()).toBeVisible();
  await page.getByRole('button', { name: '重新修改' }).click();
  await expect(page.getByTestId('plan-status')).toHaveText('草稿');
  await page.getByTestId('plan-entries').getByRole('button', { name: '修改' }).click();
  const edit = page.getByRole('dialog', { name: '修改检查安排' });
  await expect(edit.getByText('刘海涛（HZ00011）')).toBeVisible();
  await edit.getByLabel('计划日期').fill(`${month}-06`);
  await edit.getByLabel('计划日期').press('Enter');
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(edit).toBeHidden();
  await expect(page.getByTestId('plan-entries')).toContainText(`${month}-06`);
  await page.getByRole('button', { name: '提交审批' }).click();
  await confirm(page, '提交审批');
  await expect(page.getByTestId('plan-status')).toHaveText('待审批');

  await leader.reload();
  await leader.getByRole('button', { name: '审批通过' }).click();
  const approve = leader.getByRole('dialog', { name: '审批通过' });
  await approve.getByLabel('审批意见').fill('同意。');
  await approve.getByRole('button', { name: '审批通过' }).click();
  await expect(leader.getByTestId('plan-status')).toHaveText('已审批');
  // The leader decides; issuing is the supervisors' business.
  await expect(leader.getByRole('button', { name: '下发' })).toHaveCount(0);

  // 下发: the city supervisor issues it to the inspectors and the hall.
  const city = await openAs(browser, baseURL!, 'city.sup', { url: planUrl });
  await city.getByRole('button', { name: '下发' }).click();
  await confirm(city, '下发');
  await expect(city.getByTestId('plan-status')).toHaveText('已下发');
  await expect(city.getByTestId('plan-history').locator('.d-timeline__action')).toHaveText([
    '下发',
    '审批通过',
    '提交审批',
    '重新修改',
    '退回',
    '提交审批',
    '创建计划',
  ]);
  await finalScreenshot(city, 'inspection-plan-approved-and-issued');
  await leader.context().close();
  await city.context().close();
});
