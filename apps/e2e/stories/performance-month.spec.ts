import ExcelJS from 'exceljs';
import { currentMonth, nextMonth } from '@duda/month';
import type { Browser, Page } from '@playwright/test';
import { gatewayApi } from '../support/gateway-api.ts';
import { expect, finalScreenshot, logInAs, test } from '../support/story.ts';

// The month of performance (绩效), the first part of issue #11's first story: the city supervisor sets up a KPI and
// a scheme for clerks; the month runs; the clerk (湖滨营业厅 赵雪, hubin.clerk) signs her targets, self-assesses,
// is assessed by her manager (hubin.mgr); she follows her deduction herself to the inspection and the rectification
// order behind it (her role reads no inspections or orders: her own scorecard's links carry the evidence grant that
// opens exactly those two records to her); she appeals her 整改率 line, her manager holds the interview — recorded
// as the forms area's staff conversation record (表9), which she then reads there — and accepts, an adjustment of her
// scorecard; her manager's own month is assessed by 上城区's supervisor, who calibrates the district (moves her grade
// with a reason, locks the results); the city signs the month off — the demo has the rest of the city assessed and
// its other districts' calibration locked, and a month is signed off only once every district is locked —
// and HR downloads this month's export, whose rows match the scorecards.
// Accounts: city.sup, sc.sup, hubin.clerk, hubin.mgr and hr are used; none is locked or edited. The demo's open
// appeal (钱晓云's) is left as it is. The story signs the current month off: it runs once per demo database.

const PHONE = { width: 390, height: 844 };
const MONTH = currentMonth(new Date());

interface TemplateItem {
  code: string;
  scoringMode: 'PASS_FAIL' | 'POINTS';
  maxPoints: number | null;
  photoRequired: boolean;
}

/**
 * The district supervisor's monthly visit to 湖滨 today, with one item failed: the inspection and the one order
 * the clerk's scorecard will cite. Items needing a photo are all passed, so no photo is needed.
 */
async function inspectHubin(
  page: Page,
): Promise<{ inspectionId: string; orderId: string; itemTitle: string }> {
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
  const failing = items.find((item) => item.scoringMode === 'PASS_FAIL' && !item.photoRequired)!;
  const { id: inspectionId } = await api.mutate<{ id: string }>('inspection.inspections.start', {
    clientKey: crypto.randomUUID(),
    hallId,
    kind: 'MONTHLY_VISIT',
    templateId,
  });
  const photoNeeded = items.some((item) => item.photoRequired);
  expect(photoNeeded && 'a passed item needing a photo').not.toBe(true);
  await api.mutate('inspection.inspections.submit', {
    id: inspectionId,
    results: items.map((item) => ({
      itemCode: item.code,
      outcome: item === failing ? 'FAIL' : item.scoringMode === 'POINTS' ? (item.maxPoints ?? 1) : 'PASS',
      note: item === failing ? '工牌未佩戴' : null,
      photoIds: [],
    })),
  });
  const orders = await api.query<{ items: { id: string; inspectionId: string; itemTitle: string }[] }>(
    'inspection.rectifications.list',
    { page: 1, pageSize: 100, hallId, status: 'OPEN' },
  );
  const order = orders.items.find((candidate) => candidate.inspectionId === inspectionId)!;
  return { inspectionId, orderId: order.id, itemTitle: order.itemTitle };
}

async function openAs(
  browser: Browser,
  baseURL: string,
  username: string,
  viewport?: typeof PHONE,
): Promise<Page> {
  const page = await (
    await browser.newContext({
      baseURL,
      locale: 'zh-CN',
      acceptDownloads: true,
      ...(viewport ? { viewport } : {}),
    })
  ).newPage();
  await logInAs(page, username);
  return page;
}

/**
 * Picks an option of an Element Plus select (its list opens in a popper at the page's end). The popper still
 * moves as it opens, and a click landing then is lost (seen once in CI): open and choose again until the select
 * shows the choice.
 */
async function pick(page: Page, select: ReturnType<Page['getByTestId']>, option: string) {
  await expect(async () => {
    await select.click();
    await page
      .locator('.el-select-dropdown__item:visible')
      .getByText(option, { exact: true })
      .click({ timeout: 5_000 });
    await expect(select).toContainText(option, { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
}

/**
 * 湖滨's manager (李娜, HZ10101) self-assesses her own month and 上城区's supervisor assesses it, entering her
 * attitude figure: the month's last scorecard the demo leaves open besides 赵雪's.
 */
async function assessManager(browser: Browser, baseURL: string) {
  const manager = await openAs(browser, baseURL, 'hubin.mgr');
  const own = await gatewayApi(manager).query<{ items: { id: string; staffNo: string }[] }>(
    'performance.scorecards.list',
    { page: 1, pageSize: 20, month: MONTH, search: '李娜' },
  );
  const cardId = own.items.find((item) => item.staffNo === 'HZ10101')!.id;
  await gatewayApi(manager).mutate('performance.scorecards.selfAssess', {
    id: cardId,
    comment: '本月带班完成各项指标，整改单当天闭环。',
  });
  await manager.context().close();
  const district = await openAs(browser, baseURL, 'sc.sup');
  const full = await gatewayApi(district).query<{ lines: { kpiId: string; kpiName: string }[] }>(
    'performance.scorecards.get',
    { id: cardId },
  );
  const attitude = full.lines.find((line) => line.kpiName === '团队建设与工作态度')!;
  await gatewayApi(district).mutate('performance.scorecards.assess', {
    id: cardId,
    values: [{ kpiId: attitude.kpiId, value: 17 }],
    comment: '整改跟进及时，继续带好班组。',
  });
  await district.context().close();
}

/** HR opens a signed-off month, downloads its Excel, and each row of the first page of scorecards matches the file. */
async function expectExportMatches(hr: Page, month: string) {
  await hr.goto(`/performance/months?month=${month}`);
  await expect(hr.getByTestId('month-state')).toContainText('已签发');
  const signedOff = Number(await hr.getByTestId('count-total').textContent());
  expect(signedOff).toBeGreaterThan(0);
  const [download] = await Promise.all([
    hr.waitForEvent('download'),
    hr.getByRole('button', { name: '导出 Excel' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`${month}绩效考核结果\\.xlsx$`));
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(await download.path());
  const sheet = book.worksheets[0]!;
  const header = (sheet.getRow(1).values as unknown[]).slice(1);
  expect(header.slice(0, 9)).toEqual([
    '工号',
    '姓名',
    '区县',
    '营业厅',
    '岗位',
    '系统得分',
    '加减分',
    '最终得分',
    '等级',
  ]);
  expect(sheet.rowCount - 1).toBe(signedOff);
  const exported = new Map<string, { final: number; grade: string }>();
  sheet.eachRow((row, index) => {
    if (index > 1)
      exported.set(String(row.getCell(1).value), {
        final: Number(row.getCell(8).value),
        grade: String(row.getCell(9).value),
      });
  });
  // The first page of the month's scorecards, as HR reads them, against the file's rows.
  await hr.goto(`/performance/scorecards?month=${month}`);
  const rows = hr.locator('.el-table__body tr');
  // A whole city's month read in scope: on a loaded machine the first page takes longer than the default wait.
  await expect(rows.first()).toBeVisible({ timeout: 30_000 });
  for (const row of await rows.all()) {
    const cells = await row.locator('td').allInnerTexts();
    const [staffNo, , , , , , final, grade] = cells.map((cell) => cell.trim());
    expect(exported.get(staffNo!)).toEqual({ final: Number(final), grade });
  }
}

test('月度绩效：市公司设置指标和方案，计算本月，营业员签收、自评并顺着扣分找到检查和整改单，店面经理评价，签发与人力资源导出', async ({
  page,
  browser,
  baseURL,
}) => {
  // Five people's work across a month, the month's run over the whole demo city, its sign-off and HR's export of
  // it: more than one screen's time (about five minutes on a loaded 2-core machine).
  test.setTimeout(480_000);
  const tag = crypto.randomUUID().slice(0, 6);

  // 1. The city supervisor adds a KPI, watching its rule's preview as she types.
  await logInAs(page, 'city.sup');
  await page.goto('/performance/kpis');
  await page.getByRole('button', { name: '新建指标' }).click();
  const editor = page.getByTestId('kpi-editor');
  await editor.getByLabel('名称').fill(`首销执行率${tag}`);
  await pick(page, editor.getByTestId('kpi-source'), '首销执行率');
  await expect(editor.getByText('由上级在评价时录入')).toBeVisible();
  const preview = page.getByTestId('kpi-preview');
  // The default band: 0 points at 60, all 20 at the target 100; 80 earns half.
  await expect(preview.getByRole('row', { name: '80分 10 / 20' })).toBeVisible();
  await editor.getByLabel('目标值').fill('90');
  await editor.getByLabel('目标值').blur();
  await expect(preview.getByRole('row', { name: '75分 10 / 20' })).toBeVisible();
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('指标已保存')).toBeVisible();
  await expect(page.getByRole('cell', { name: `首销执行率${tag}` })).toBeVisible();

  // 2. …and next month's scheme for clerks: the weights' sum is checked as she types.
  await page.goto('/performance/schemes');
  await page.getByRole('button', { name: '新建方案版本' }).click();
  const scheme = page.getByTestId('scheme-editor');
  await scheme.getByLabel('方案名称').fill(`营业员月度考核方案${tag}`);
  const lines = scheme.getByTestId('scheme-line');
  await pick(page, lines.nth(0).locator('.el-select'), '营业厅检查得分');
  await lines.nth(0).getByRole('spinbutton').fill('80');
  await lines.nth(0).getByRole('spinbutton').blur();
  await expect(scheme.getByTestId('scheme-weight-sum')).toContainText('权重合计 80 / 100');
  await expect(scheme.getByTestId('scheme-weight-sum')).toContainText('权重合计须为 100');
  await expect(page.getByRole('button', { name: '保存方案' })).toBeDisabled();
  await scheme.getByRole('button', { name: '添加指标' }).click();
  await pick(page, lines.nth(1).locator('.el-select'), `首销执行率${tag}`);
  await expect(scheme.getByTestId('scheme-weight-sum')).toHaveText(/权重合计 100 \/ 100$/);
  await page.getByRole('button', { name: '保存方案' }).click();
  await expect(page.getByText('方案已保存')).toBeVisible();
  await expect(page.getByText(`${nextMonth(MONTH)} 起执行`)).toBeVisible();

  // 3. 上城区's supervisor visits 湖滨 today and finds a problem: one rectification order.
  const district = await openAs(browser, baseURL!, 'sc.sup');
  const visit = await inspectHubin(district);
  await district.context().close();

  // 4. The city supervisor runs the month: it is queued and followed stage by stage (拉取数据 → 计算 → 保存) until
  // the progress reaches 完成 with the count.
  await page.goto(`/performance/months?month=${MONTH}`);
  await page.getByRole('button', { name: '重新计算' }).click();
  const progress = page.getByRole('status').filter({ hasText: '拉取数据' });
  await expect(progress.getByText(/完成：已计算 \d+ 份考核表/)).toBeVisible({ timeout: 60_000 });
  const total = Number(await page.getByTestId('count-total').textContent());
  expect(total).toBeGreaterThan(0);

  // 5. The clerk, on her phone, signs the month's targets from her to-do and self-assesses.
  const clerk = await openAs(browser, baseURL!, 'hubin.clerk', PHONE);
  await clerk.goto(`/performance/targets?month=${MONTH}`);
  await expect(clerk.getByTestId('my-targets')).toContainText('营业厅检查得分');
  await clerk.getByRole('button', { name: '确认签收' }).click();
  await clerk.getByRole('dialog', { name: '请确认' }).getByRole('button', { name: '确认签收' }).click();
  await expect(clerk.getByTestId('acknowledged')).toBeVisible();
  await clerk.goto(`/performance/scorecards/mine?month=${MONTH}`);
  const card = clerk.getByTestId('scorecard');
  await expect(card.getByText('上级评价完成后显示得分和等级')).toBeVisible();
  const rectification = card.getByRole('article', { name: '整改率' });
  const orderLink = rectification.locator(`a[href$="order=${visit.orderId}"]`);
  await expect(orderLink).toHaveText(visit.itemTitle);
  await card.getByLabel('自评说明').fill('本月按要求完成各项工作，工牌问题已整改。');
  await card.getByRole('button', { name: '提交自评' }).click();
  await expect(clerk.getByText('自评已提交')).toBeVisible();

  // 6. Her manager finds the assessment among his to-dos, enters the attitude score and adds a bonus with a reason.
  const manager = await openAs(browser, baseURL!, 'hubin.mgr');
  const inbox = manager.getByTestId('home-inbox');
  // A hall manager has more to-dos than the home lists first (the day's duties, the stories' cases before this one).
  await expect(inbox.locator('.inbox__item').first()).toBeVisible();
  const listAll = inbox.getByRole('button', { name: '全部列出' });
  if (await listAll.isVisible()) await listAll.click();
  await inbox
    .locator('.inbox__item')
    .filter({ hasText: '绩效上级评价' })
    .first()
    .getByRole('link')
    .first()
    .click();
  await expect(manager.getByTestId('scorecard')).toContainText('赵雪');
  const assessment = manager.getByTestId('superior-assessment');
  await assessment.getByRole('spinbutton').first().fill('18');
  // A comment on the entered figure itself, which she then reads beside it.
  await assessment
    .getByRole('textbox', { name: /的评语$/ })
    .first()
    .fill('高峰期主动引导分流。');
  await assessment.getByLabel('评语', { exact: true }).fill('服务主动，继续保持。');
  await assessment.getByRole('button', { name: '提交评价' }).click();
  await expect(manager.getByText('评价已提交')).toBeVisible();
  const adjustments = manager.getByTestId('adjustments');
  await adjustments.getByLabel('分值（加分为正，扣分为负）').fill('2');
  await adjustments.getByLabel('原因（必填）').fill('获评月度服务之星');
  await adjustments.getByRole('button', { name: '记录加减分' }).click();
  await expect(adjustments.getByTestId('adjustment')).toContainText('获评月度服务之星');
  await manager.context().close();

  // 7. The clerk, on her phone, sees her result: the adjustment beside the computed figure, the deduction and its order.
  await clerk.reload();
  await expect(card.getByTestId('card-final')).toBeVisible();
  await expect(card.getByTestId('adjustment')).toContainText('+2');
  await expect(card.getByTestId('line-comment').first()).toHaveText('上级评语：高峰期主动引导分流。');
  await expect(rectification.getByText(/扣 [\d.]+ 分/)).toBeVisible();
  await expect(orderLink).toHaveText(visit.itemTitle);
  await finalScreenshot(clerk, 'performance-month-clerk-scorecard');
  // She follows the deduction herself: the inspection that raised it, then the order. Her role reads neither; the
  // links of her own scorecard carry the grant that opens exactly these two records to her.
  await card
    .getByRole('article', { name: '营业厅检查得分' })
    .locator(`a[href*="/inspection/inspections/${visit.inspectionId}?grant="]`)
    .click();
  await expect(clerk).toHaveURL(new RegExp(`/inspection/inspections/${visit.inspectionId}\\?grant=`));
  await expect(clerk.getByText('湖滨营业厅').first()).toBeVisible();
  await clerk.goBack();
  await orderLink.click();
  await expect(clerk).toHaveURL(new RegExp(`grant=.+&order=${visit.orderId}`));
  await expect(clerk.getByRole('dialog', { name: visit.itemTitle })).toBeVisible();
  await clerk.goBack();
  await expect(rectification.getByText(/扣 [\d.]+ 分/)).toBeVisible();

  // 8. She appeals the 整改率 deduction from her phone: the badge was put right the same day.
  const appealReason = '工牌问题当天已整改，请求复核整改率扣分。';
  await rectification.getByRole('button', { name: '申诉', exact: true }).click();
  const filing = clerk.getByRole('dialog', { name: '对“整改率”提出申诉' });
  await filing.getByLabel('申诉理由').fill(appealReason);
  await filing.getByRole('button', { name: '提交申诉' }).click();
  await expect(clerk.getByText('申诉已提交，等待上级面谈')).toBeVisible();
  await expect(clerk).toHaveURL(/\/performance\/appeals\/[0-9a-f-]{36}$/);
  const appealPath = new URL(clerk.url()).pathname;

  // 9. Her manager holds the interview: the dialog is the staff conversation record (表9), filled in from the
  // appeal; saved, it is a record in the forms area, linked from the appeal's history. Then he accepts: 2 points.
  const interviewer = await openAs(browser, baseURL!, 'hubin.mgr');
  await interviewer.goto(appealPath);
  await expect(interviewer.getByRole('button', { name: '提交处理结果' })).toHaveCount(0);
  await interviewer.getByRole('button', { name: '记录面谈（表9）' }).click();
  const talk = interviewer.getByRole('dialog', { name: '记录面谈（员工交流谈话记录表 表9）' });
  await expect(talk.getByLabel('谈话对象')).toHaveValue('赵雪');
  await expect(talk.getByLabel('谈话主题')).toHaveValue(`绩效申诉面谈: ${MONTH} 整改率`);
  await expect(talk.getByLabel('员工意见')).toHaveValue(appealReason);
  const talked = `核对了整改单${tag}：工牌当天已佩戴并验收，整改及时。`;
  await talk.getByLabel('谈话内容').fill(talked);
  await talk.getByRole('button', { name: '保存面谈记录' }).click();
  await expect(interviewer.getByText('面谈记录已保存')).toBeVisible();
  await expect(interviewer.getByTestId('appeal-interview')).toContainText(talked);
  await expect(interviewer.getByRole('link', { name: '面谈记录 表9' })).toHaveCount(2);
  await interviewer.getByRole('spinbutton').fill('2');
  await interviewer.getByLabel('处理意见').fill('整改及时，扣分予以核减。');
  await interviewer.getByRole('button', { name: '提交处理结果' }).click();
  await expect(interviewer.getByText('已处理', { exact: true })).toBeVisible();
  await expect(interviewer.getByTestId('appeal-adjustment')).toContainText('2 分');
  await interviewer.context().close();

  // 10. The clerk reads the outcome and opens the interview record in the forms area (it names her).
  await clerk.goto(appealPath);
  await expect(clerk.getByTestId('appeal')).toContainText('已受理');
  await clerk.getByRole('link', { name: '面谈记录 表9' }).first().click();
  await expect(clerk).toHaveURL(/\/forms\/submissions\/[0-9a-f-]{36}$/);
  await expect(clerk.getByRole('heading', { name: '表9 员工交流谈话记录表' })).toBeVisible();
  await expect(clerk.getByText('李娜').first()).toBeVisible();
  await clerk.context().close();

  // 11. Her manager's own month: 李娜 self-assesses and 上城区's supervisor assesses her (arranged through the API:
  //     the assessment form is the one above). Then he calibrates the district's grades: moves 赵雪's with a
  //     reason, then locks the results.
  await assessManager(browser, baseURL!);
  const calibrator = await openAs(browser, baseURL!, 'sc.sup');
  await calibrator.goto('/performance/calibration');
  const calibration = calibrator.getByTestId('calibration');
  await calibration.getByRole('row', { name: /赵雪/ }).getByRole('button', { name: '调整等级' }).click();
  const moving = calibrator.getByRole('dialog', { name: '调整 赵雪 的等级' });
  await moving.locator('.el-radio-button:not(.is-disabled)').first().click();
  await moving.getByLabel('原因').fill(`申诉受理后复核${tag}`);
  await moving.getByRole('button', { name: '确认调整' }).click();
  await expect(calibrator.getByText('等级已调整')).toBeVisible();
  await expect(calibration.getByTestId('calibration-move')).toContainText(`申诉受理后复核${tag}`);
  await calibration.getByRole('button', { name: '锁定校准结果' }).click();
  await calibrator
    .getByRole('dialog', { name: '请确认' })
    .getByRole('button', { name: '锁定校准结果' })
    .click();
  // The lock fixes the grade of every scorecard of the district's month: more than a click's time on a busy machine.
  await expect(calibration.getByTestId('calibration-locked')).toBeVisible({ timeout: 60_000 });
  await calibrator.context().close();

  // 12. Every scorecard of the month is assessed and every district locked now (the demo has the rest of the city
  //     done): the city signs it off.
  await page.goto(`/performance/months?month=${MONTH}`);
  await expect(page.getByTestId('month-state')).toContainText('进行中');
  // The button sits beside the month's status, above the run history that arrives later by its own request, so
  // it stays where it is while the page fills in (a click once met it mid-move when it sat below).
  await page.getByRole('button', { name: '签发本月' }).click();
  const confirmSignOff = page.getByRole('dialog', { name: '请确认' });
  await confirmSignOff.getByRole('button', { name: '签发本月' }).click();
  await expect(page.getByText(`${MONTH} 已签发`)).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('month-state')).toContainText('已签发');

  // 13. HR downloads this month's signed-off results; every row matches its scorecard.
  const hr = await openAs(browser, baseURL!, 'hr');
  await expectExportMatches(hr, MONTH);
  await hr.context().close();
});
