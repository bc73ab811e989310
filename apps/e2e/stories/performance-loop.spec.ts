import { addMonths, currentMonth } from '@duda/month';
import type { Page } from '@playwright/test';
import { gatewayApi } from '../support/gateway-api.ts';
import { expect, finalScreenshot, logInAs, test } from '../support/story.ts';
import { submitVisit } from './inspection-arrange.ts';

// The closed loop (闭环), issue #11's second story: 上城区's supervisor (sc.sup) visits 湖滨营业厅 and fails two
// items; the inspection's event drafts 湖滨's training plan for next month in the training area; the month is
// computed; on the closed-loop board the supervisor follows 湖滨's row from the failed items (发现) to the plan
// (培训) and sees the exam still to come (考试); the trainer links the district's exam to 湖滨's plan on the plan
// page as its targeted exam (考核考试), and the board then follows that exam; the supervisor opens the hall's
// scorecards (考核), where the clerk's scorecard shows the inspection behind its score. Accounts: sc.sup, city.sup
// and trainer are used; none is locked or edited.

const MONTH = currentMonth(new Date());
const NEXT_MONTH = addMonths(MONTH, 1);

/**
 * The trainer's written exam of next month for 上城区's clerks (arranged through the API: the exam editor has its
 * own stories), published on a demo paper. Dates go as superjson carries them.
 */
async function districtExamNextMonth(page: Page, districtId: string, title: string) {
  const api = gatewayApi(page);
  const papers = await api.query<{ items: { id: string; totalPoints: number }[] }>('training.papers.list', {
    status: 'PUBLISHED',
    page: 1,
    pageSize: 1,
  });
  const opensAt = new Date(`${NEXT_MONTH}-20T01:00:00Z`);
  const closesAt = new Date(`${NEXT_MONTH}-20T13:00:00Z`);
  const csrf = ((await (await page.request.get('/api/csrf-token')).json()) as { token: string }).token;
  const created = await page.request.post('/trpc/training.exams.create', {
    headers: { 'x-csrf-token': csrf },
    data: {
      json: {
        title,
        kind: 'DISTRICT_WRITTEN',
        month: NEXT_MONTH,
        orgNodeId: districtId,
        paperId: papers.items[0]!.id,
        target: { orgNodeIds: [districtId], roles: ['clerk'], personIds: [] },
        opensAt: opensAt.toISOString(),
        closesAt: closesAt.toISOString(),
        timeLimitMinutes: 60,
        passMark: Math.floor(papers.items[0]!.totalPoints * 0.6),
      },
      meta: { values: { opensAt: ['Date'], closesAt: ['Date'] } },
    },
  });
  expect(created.ok(), await created.text()).toBe(true);
  const { id } = ((await created.json()) as { result: { data: { json: { id: string } } } }).result.data.json;
  await api.mutate('training.exams.publish', { id });
}

/** 湖滨's row on the board, read again until `ready` holds (the plan is drafted by an event, moments later). */
async function hubinRow(page: Page, ready: (row: ReturnType<Page['getByRole']>) => Promise<void>) {
  const row = page.getByTestId('loop-table').getByRole('row').filter({ hasText: '湖滨营业厅' });
  await expect(async () => {
    await page.reload();
    await ready(row);
  }).toPass({ timeout: 90_000 });
  return row;
}

test('检查—培训—考试—考核闭环：区县督导检查发现问题，下月培训计划自动生成，月度计算后在闭环看板上顺着各环节找到考核表', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(300_000);

  // 1. 上城区's supervisor visits 湖滨 (arranged through the API: the inspection form has its own stories) and fails
  //    two items.
  await logInAs(page, 'sc.sup');
  const visit = await submitVisit(
    page,
    '湖滨营业厅',
    (items) => items.filter((item) => item.scoringMode === 'PASS_FAIL' && !item.veto).slice(0, 2),
    '闭环：现场检查不合格',
  );
  expect(visit.orders).toHaveLength(2);

  // 2. The month is computed as the nightly run would (the city supervisor's run, arranged through the API).
  const city = await (await browser.newContext({ baseURL, locale: 'zh-CN' })).newPage();
  await logInAs(city, 'city.sup');
  // The run is queued: wait for it to end as the month page would (its status reaching 完成).
  const run = await gatewayApi(city).mutate<{ id: string }>('performance.months.run', { month: MONTH });
  await expect
    .poll(
      async () =>
        (await gatewayApi(city).query<{ status: string }>('performance.months.runStatus', { id: run.id }))
          .status,
      { timeout: 60_000 },
    )
    .toBe('SUCCEEDED');
  await city.context().close();

  // 3. The supervisor opens the closed-loop board: 湖滨 found problems, and its plan for next month is a draft.
  await page.goto(`/performance/loop?month=${MONTH}`);
  await expect(page.getByRole('heading', { name: '检查—培训—考试—考核闭环' })).toBeVisible();
  const row = await hubinRow(page, async (r) => {
    await expect(r.getByTestId('loop-found')).toContainText('已完成', { timeout: 2_000 });
    await expect(r.getByTestId('loop-trained')).toContainText('进行中', { timeout: 2_000 });
  });
  await expect(row.getByTestId('loop-found')).toContainText(/\d+ 项不合格/);
  await expect(row.getByTestId('loop-tested')).toContainText('待开始');
  await expect(row.getByTestId('loop-scored')).toContainText(/\d+\/\d+ 份已评价/);
  await finalScreenshot(page, 'performance-loop-board');

  // 4. 培训: the plan drafted from the inspection, for next month, waiting for 湖滨's manager to publish it.
  await row.getByTestId('loop-trained').getByRole('link', { name: '查看' }).click();
  await expect(page).toHaveURL(/\/training\/plans\/[0-9a-f-]{36}/);
  await expect(page.getByText(`湖滨营业厅 · ${NEXT_MONTH}`).first()).toBeVisible();
  await page.goBack();

  // 5. 考试: the trainer sets next month's written exam for 上城区's clerks and, on 湖滨's plan page, links it as the
  //    plan's targeted exam (考核考试); the board then follows that exam, no other.
  const planPath = await row
    .getByTestId('loop-trained')
    .getByRole('link', { name: '查看' })
    .getAttribute('href');
  const examTitle = `闭环考核考试${Date.now().toString(36)}`;
  const trainer = await (await browser.newContext({ baseURL, locale: 'zh-CN' })).newPage();
  await logInAs(trainer, 'trainer');
  await districtExamNextMonth(trainer, visit.districtId, examTitle);
  await trainer.goto(planPath!);
  const targeted = trainer.getByRole('region', { name: '考核考试' });
  await expect(targeted.getByText('还没有关联考核考试')).toBeVisible();
  // The select opens once the eligible exams have come in.
  const pick = targeted.getByRole('combobox', { name: '选择考试' });
  await expect(pick).toBeEnabled();
  await pick.click();
  await trainer.getByRole('option', { name: new RegExp(examTitle) }).click();
  await targeted.getByRole('button', { name: '关联考试' }).click();
  await expect(targeted.getByRole('link', { name: examTitle })).toBeVisible();
  await finalScreenshot(trainer, 'performance-loop-targeted-exam');
  await trainer.context().close();
  await hubinRow(page, async (r) => {
    await expect(r.getByTestId('loop-tested')).toContainText('进行中', { timeout: 2_000 });
  });
  await expect(row.getByTestId('loop-tested').getByRole('link', { name: examTitle })).toBeVisible();

  // 6. 发现: the inspection behind the findings opens in the inspection area.
  await row.getByTestId('loop-found').getByRole('link', { name: '查看' }).click();
  await expect(page).toHaveURL(/\/inspection\/inspections\/[0-9a-f-]{36}/);
  await expect(page.getByText('湖滨营业厅').first()).toBeVisible();
  await page.goBack();

  // 7. 考核: the hall's scorecards of the month; the clerk's shows this visit as evidence of her inspection score.
  await row.getByTestId('loop-scored').getByRole('link', { name: '查看' }).click();
  await expect(page).toHaveURL(/\/performance\/scorecards\?/);
  await page.getByRole('row').filter({ hasText: '赵雪' }).first().click();
  const card = page.getByTestId('scorecard');
  await expect(card).toContainText('赵雪');
  const inspectionScore = card.getByRole('article', { name: '营业厅检查得分' });
  await expect(
    inspectionScore.locator(`a[href$="/inspection/inspections/${visit.inspectionId}"]`),
  ).toBeVisible();
  // …and the two failed items, as the orders behind her rectification rate.
  const rectification = card.getByRole('article', { name: '整改率' });
  for (const order of visit.orders)
    await expect(rectification.locator(`a[href$="order=${order.id}"]`)).toHaveText(order.itemTitle);
  await finalScreenshot(page, 'performance-loop');
});
