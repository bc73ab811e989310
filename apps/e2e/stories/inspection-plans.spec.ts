import { addMonths, currentMonth, monthLabel, nextMonth } from '@duda/month';
import type { Page } from '@playwright/test';
import { expect, finalScreenshot, logInAs, openAs, test } from '../support/story.ts';

// Plans are made for this month and the next only. The demo has every unit's plan of this month; of next month's,
// the plan-ahead story takes 上城区's and the information story 西湖区's. 拱墅区 is nobody's in the stories, so
// the city supervisor (a supervisor of every district) drafts its plan for next month.
const SCOPE = '拱墅区分公司';

/** Next month, which 拱墅区 has no plan for yet: no story but this one plans it. */
async function freeMonth(page: Page): Promise<{ month: string; label: string }> {
  const month = nextMonth(currentMonth());
  const input = encodeURIComponent(JSON.stringify({ json: { page: 1, pageSize: 100, month } }));
  const response = await page.request.get(`/trpc/inspection.plans.list?input=${input}`);
  expect(response.ok(), await response.text()).toBe(true);
  const { items } = (
    (await response.json()) as {
      result: { data: { json: { items: { scopeName: string; month: string }[] } } };
    }
  ).result.data.json;
  expect(items.filter((plan) => plan.scopeName === SCOPE)).toEqual([]);
  return { month, label: monthLabel(month) };
}

/** The month's cell in the open month picker, after turning the panel to its year. */
async function monthCell(page: Page, month: string) {
  const panel = page.locator('.el-picker-panel:visible');
  const year = panel.locator('.el-date-picker__header-label').first();
  const shown = Number((await year.textContent())!.match(/\d{4}/)![0]);
  const wanted = Number(month.slice(0, 4));
  for (let at = shown; at !== wanted; at += Math.sign(wanted - at))
    await panel.getByRole('button', { name: wanted > at ? '后一年' : '前一年' }).click();
  await expect(year).toContainText(month.slice(0, 4));
  return panel.locator('.el-month-table td').nth(Number(month.slice(5)) - 1);
}

async function confirm(page: Page, button: string): Promise<void> {
  await page.getByRole('dialog', { name: '请确认' }).getByRole('button', { name: button }).click();
}

test('月度检查计划：市公司督导为拱墅区制定下月计划并提交，领导退回后修改再提交，领导审批通过，督导下发', async ({
  page,
  browser,
  baseURL,
}) => {
  // Two people sign in and the plan goes round the approval loop twice.
  test.slow();
  await logInAs(page, 'city.sup');
  const { month, label } = await freeMonth(page);

  // 拟定计划: the city supervisor drafts 拱墅区's plan for next month with one visit.
  await page.goto('/inspection/plans');
  await page.getByRole('button', { name: '新建计划' }).click();
  const create = page.getByRole('dialog', { name: '新建月度检查计划' });
  // The unit picker's own input: Element Plus ties the label to it only while the form item holds exactly one
  // registered input (else the item reads as a labelled group), and on a loaded machine a fill aimed at the label
  // met the group while the picker opened.
  const unit = create.locator('.el-form-item').filter({ hasText: '制定单位' }).locator('input').first();
  await unit.click();
  await unit.fill('拱墅');
  await page.getByRole('treeitem', { name: SCOPE }).click();
  // The picker offers this month and the next, and says so: the month after next is greyed out.
  await expect(create.getByText('检查计划可为本月或下月制定')).toBeVisible();
  await create.getByLabel('计划月份').click();
  await expect(await monthCell(page, addMonths(currentMonth(), 2))).toHaveClass(/disabled/);
  await (await monthCell(page, month)).click();
  await expect(create.getByLabel('计划月份')).toHaveValue(month);
  await create.getByRole('button', { name: '创建' }).click();
  await expect(page.getByRole('heading', { name: `${SCOPE}${label}服务检查计划` })).toBeVisible();
  const planUrl = page.url();

  await page.getByRole('button', { name: '添加检查' }).click();
  const entry = page.getByRole('dialog', { name: '添加检查安排' });
  await entry.getByLabel('营业厅').click();
  await page.getByRole('treeitem', { name: '武林营业厅' }).click();
  await entry.getByLabel('检查人员').fill('周敏');
  await page.getByRole('option', { name: /周敏/ }).click();
  await entry.getByLabel('计划日期').fill(`${month}-20`);
  await entry.getByLabel('计划日期').press('Enter');
  await entry.getByRole('button', { name: '保存' }).click();
  await expect(entry).toBeHidden();
  const entries = page.getByTestId('plan-entries');
  await expect(entries).toContainText('武林营业厅');
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
  const reason = '武林营业厅月底客流高峰，请把检查提前到上旬。';
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
  await expect(edit.getByText('周敏（HZ00002）')).toBeVisible();
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

  // 下发: the supervisor issues it to the inspectors and the hall.
  await page.reload();
  await page.getByRole('button', { name: '下发' }).click();
  await confirm(page, '下发');
  await expect(page.getByTestId('plan-status')).toHaveText('已下发');
  await expect(page.getByTestId('plan-history').locator('.d-timeline__action')).toHaveText([
    '下发',
    '审批通过',
    '提交审批',
    '重新修改',
    '退回',
    '提交审批',
    '创建计划',
  ]);
  await finalScreenshot(page, 'inspection-plan-approved-and-issued');
  await leader.context().close();
});
