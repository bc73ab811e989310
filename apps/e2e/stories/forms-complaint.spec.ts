import type { Page } from '@playwright/test';
import { expect, finalScreenshot, openAs, test } from '../support/story.ts';

// 客户投诉: 湖滨营业厅's clerk (hubin.clerk, 赵雪) takes a complaint in at the counter on her phone. The hall manager
// (hubin.mgr, 李娜) works a case the clerk took at the counter yesterday: its 24-hour limit has passed (the demo seed
// leaves it so), and while she investigates, the escalation job (every 5 minutes) takes it up to 上城区's district
// supervisor (sc.sup), who finds it marked in the list; the manager settles it, answers the customer, follows up
// and closes it, the escalation in its history. No other story touches complaints; these accounts only read here,
// apart from the cases they work.

/** The description of the demo case left past its limit (services/forms/src/complaints/seed.ts). */
const OVERDUE_CASE = '客户在柜台办理携号转网，排队两小时无人引导，要求解释并致歉';

/** The escalation job runs every 5 minutes; the case escalates at its first run after the portal started. */
const JOB_PERIOD_MS = 5 * 60_000;

/** Takes the next step on the open case page: picks it when several are offered, fills the fields, submits. */
async function step(
  page: Page,
  action: string,
  fill: (form: ReturnType<Page['getByTestId']>) => Promise<void>,
) {
  const form = page.getByTestId('complaint-next-step');
  const choice = form.locator('.el-radio-button').filter({ hasText: action });
  if (await choice.count()) await choice.click();
  await fill(form);
  await form.getByTestId('step-submit').click();
  await expect(page.getByText(`已${action}`).first()).toBeVisible();
}

test('客户投诉：营业员在柜台用手机受理投诉；一件昨天受理的投诉超过时限，由升级任务升到区县督导，店面经理调查、处理、答复、回访后结案，处理记录里看得到升级', async ({
  browser,
  baseURL,
}) => {
  // The wait for the escalation job's next run is part of the day.
  test.setTimeout(JOB_PERIOD_MS + 7 * 60_000);

  // 受理: at the counter, on the phone; a business complaint has 48 hours.
  const clerk = await openAs(browser, baseURL!, 'hubin.clerk', { phone: true });
  await clerk.goto('/forms/complaints/new');
  const intake = clerk.getByTestId('complaint-intake');
  await expect(intake).toContainText('湖滨营业厅');
  await clerk.getByTestId('intake-customer').fill('钱先生');
  await clerk.getByTestId('intake-contact').fill('13705710001');
  await clerk.getByTestId('intake-category').getByText('业务类').click();
  await expect(intake).toContainText('办结时限 48 小时');
  await clerk.getByTestId('intake-description').fill('宽带续费后仍提示欠费停机');
  await clerk.getByTestId('intake-submit').click();
  const taken = clerk.getByTestId('complaint-detail');
  await expect(taken).toContainText('已受理');
  await expect(taken).toContainText('13705710001');
  await expect(clerk.getByTestId('complaint-countdown')).toContainText('剩余 1 天 23 小时');
  await finalScreenshot(clerk, 'forms-complaint-taken-on-phone');

  // The hall manager's list: the new case, and yesterday's; she opens yesterday's and investigates.
  const manager = await openAs(browser, baseURL!, 'hubin.mgr');
  await manager.goto('/forms/complaints');
  const list = manager.getByTestId('complaints-list');
  await expect(list).toContainText('钱先生');
  await list.locator('tr').filter({ hasText: '赵先生' }).click();
  const detail = manager.getByTestId('complaint-detail');
  await expect(detail).toContainText(OVERDUE_CASE);
  await expect(manager.getByTestId('complaint-contact')).toHaveText('15858123456');
  await step(manager, '调查记录', (form) => form.getByTestId('step-note').fill('调取录像：高峰期引导岗空缺'));
  await expect(detail).toContainText('调查中');

  // 超时升级: the limit passed overnight; the escalation job hands the case to the district supervisor.
  const escalation = manager.getByTestId('complaint-escalation');
  await expect(async () => {
    await manager.reload();
    await expect(escalation).toHaveText('已超时升级：区县督导', { timeout: 5_000 });
  }).toPass({ timeout: JOB_PERIOD_MS + 2 * 60_000, intervals: [10_000] });
  await expect(detail).toContainText('区县督导');
  // The district gives the same 24 hours again.
  await expect(manager.getByTestId('complaint-countdown')).toContainText('剩余 23 小时');

  // 上城区's supervisor finds it among the cases escalated to the district.
  const district = await openAs(browser, baseURL!, 'sc.sup');
  await district.goto('/forms/complaints');
  const escalatedRow = district.getByTestId('complaints-list').locator('tr').filter({ hasText: '赵先生' });
  await expect(escalatedRow.getByTestId('complaint-escalated')).toHaveText('区县督导');

  // The manager settles it, tells the customer, follows up and closes it.
  await step(manager, '确定处理结果', async (form) => {
    await form.getByTestId('step-responsibility').fill('引导岗排班不足');
    await form.getByTestId('step-measures').fill('高峰时段增设引导岗');
  });
  await step(manager, '答复客户', (form) => form.getByTestId('step-note').fill('已当面致歉并说明改进'));
  await step(manager, '回访', (form) => form.getByTestId('step-note').fill('回访客户表示满意'));
  await step(manager, '结案', async () => {});
  await expect(detail).toContainText('已结案');
  await expect(manager.getByTestId('complaint-countdown')).toHaveText('已结案');

  const history = manager.getByTestId('complaint-history');
  await expect(history).toContainText('受理');
  await expect(history).toContainText('调取录像：高峰期引导岗空缺');
  await expect(history).toContainText('已超时升级：区县督导');
  await expect(history).toContainText('回访客户表示满意');
  await expect(history).toContainText('结案');
  await finalScreenshot(manager, 'forms-complaint-closed');
});
