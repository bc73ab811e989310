// The month end to end on real databases: performance beside real inspection and training. 湖滨 is visited with two
// problems; the city supervisor's clerk and manager schemes score it; the clerk self-assesses, her manager enters
// the manual figure and adjusts with a reason; the city signs off and nothing changes after; HR exports.
import ExcelJS from 'exceljs';
import { submitVisit } from '@duda/service-inspection/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rerunOpenMonths } from './month-job.ts';
import { lockEveryDistrict, runFixture, type RunFixture } from './test-support.ts';

let f: RunFixture;
let visitId: string;
const MONTH = '2026-11';

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: { cause?: { code?: string } }) => error.cause?.code ?? String(error),
  );

const kpi = (name: string, source: string, direction: 'HIGHER' | 'LOWER', target: number, rule: object) => ({
  name,
  definition: name,
  unit: source === 'RECTIFICATION_OVERDUE' ? '张' : '分',
  direction,
  target,
  rule,
  source,
});

beforeAll(async () => {
  f = await runFixture();
  // 湖滨's monthly visit fails two items: two orders, a total under 100.
  visitId = (
    await submitVisit(f.inspection, 'sc.sup', f.inspection.hall('HZ-SC-01').id, {
      A01: '台面杂物',
      B01: '未佩戴工牌',
    })
  ).id;
  const sup = await f.as('city.sup');
  const ids = [];
  for (const spec of [
    kpi('营业厅检查得分', 'HALL_INSPECTION_SCORE', 'HIGHER', 100, { kind: 'LINEAR', floor: 60 }),
    kpi('整改率', 'RECTIFICATION_RATE', 'HIGHER', 100, { kind: 'LINEAR', floor: 0 }),
    kpi('超期整改单', 'RECTIFICATION_OVERDUE', 'LOWER', 0, { kind: 'DEDUCTION', perUnit: 5, cap: 10 }),
    kpi('考试成绩', 'EXAM_SCORE', 'HIGHER', 90, {
      kind: 'STEPS',
      steps: [
        { threshold: 90, share: 100 },
        { threshold: 60, share: 60 },
      ],
    }),
    kpi('工作态度', 'TEAM_ATTITUDE', 'HIGHER', 20, { kind: 'MANUAL' }),
  ])
    ids.push((await sup.kpis.create(spec as never)).id);
  const weights = [30, 20, 10, 20, 20];
  const lines = ids.map((kpiId, index) => ({ kpiId, weight: weights[index]! }));
  for (const role of ['clerk', 'hall_manager'] as const)
    await sup.schemes.create({ role, name: `${role} 方案`, fromMonth: MONTH, lines });
}, 120_000);
afterAll(() => f.close());

const clerkCard = async () => {
  const clerk = await f.as('hubin.clerk');
  const [mine] = (await clerk.scorecards.list({ month: MONTH })).items;
  return clerk.scorecards.get({ id: mine!.id });
};

describe('the monthly run', () => {
  it('only the city supervisor runs the month; it scores every clerk and hall manager of the city', async () => {
    expect(await codeOf((await f.as('sc.sup')).months.run({ month: MONTH }))).toBe(
      'performance.scorecards.runDenied',
    );
    // 5 hall managers and 2 clerks in the small organisation (the duty manager is measured by no scheme).
    expect(await (await f.as('city.sup')).months.run({ month: MONTH })).toMatchObject({
      month: MONTH,
      status: 'SUCCEEDED',
      scorecards: 7,
    });
  });

  it('shows the clerk her own scorecard with every figure’s evidence, the score withheld until assessed', async () => {
    const card = await clerkCard();
    expect(card).toMatchObject({
      personName: '赵雪',
      staffNo: 'HZ10103',
      hallName: '湖滨营业厅',
      status: 'COMPUTED',
    });
    expect([card.computed, card.final, card.grade]).toEqual([null, null, null]);
    const [inspection, rectification, overdue, exam, attitude] = card.lines;
    expect(inspection!.value).toBeLessThan(100);
    expect(inspection!.evidence).toEqual([
      expect.objectContaining({
        kind: 'INSPECTION',
        id: visitId,
        link: `/inspection/inspections/${visitId}`,
      }),
    ]);
    // Two orders issued, none accepted yet: 0 %; neither overdue yet.
    expect(rectification!.value).toBe(0);
    expect(rectification!.evidence.map((e) => e.link)).toEqual(
      rectification!.evidence.map((e) => `/inspection/rectifications?order=${e.id}`),
    );
    expect([overdue!.value, overdue!.evidence]).toEqual([0, []]);
    // No exam this month: no figure; the manual figure waits for the superior.
    expect([exam!.value, attitude!.value]).toEqual([null, null]);
  });

  it('another hall’s manager finds nothing of 湖滨', async () => {
    const id = (await clerkCard()).id;
    expect(await codeOf((await f.as('nanxing.mgr')).scorecards.get({ id }))).toBe(
      'performance.scorecards.notFound',
    );
    expect(
      (await (await f.as('nanxing.mgr')).scorecards.list({ month: MONTH })).items.map((c) => c.hallName),
    ).toEqual(['南星营业厅']);
  });
});

describe('self → superior assessment and adjustments', () => {
  it('the superior assesses only after the self-assessment', async () => {
    const { id, lines } = await clerkCard();
    expect(
      await codeOf(
        (await f.as('hubin.mgr')).scorecards.assess({
          id,
          values: [{ kpiId: lines[4]!.kpiId, value: 18 }],
          comment: '',
        }),
      ),
    ).toBe('performance.scorecards.notSelfAssessed');
    expect(await codeOf((await f.as('hubin.mgr')).scorecards.selfAssess({ id, comment: '代评' }))).toBe(
      'performance.scorecards.selfOnly',
    );
    const after = await (await f.as('hubin.clerk')).scorecards.selfAssess({ id, comment: '本月服务认真' });
    expect(after).toMatchObject({ status: 'SELF_ASSESSED', selfComment: '本月服务认真' });
  });

  it('the superior enters the manual figure only (within the weight) and the person then sees the result', async () => {
    const { id, lines } = await clerkCard();
    const manager = await f.as('hubin.mgr');
    expect(
      await codeOf(
        manager.scorecards.assess({ id, values: [{ kpiId: lines[0]!.kpiId, value: 100 }], comment: '' }),
      ),
    ).toBe('performance.scorecards.lineNotManual');
    expect(
      await codeOf(
        manager.scorecards.assess({ id, values: [{ kpiId: lines[4]!.kpiId, value: 25 }], comment: '' }),
      ),
    ).toBe('performance.scoring.manualOutOfRange');
    await manager.scorecards.assess({
      id,
      values: [{ kpiId: lines[4]!.kpiId, value: 18, comment: '  主动帮新人熟悉业务  ' }],
      comment: '态度良好',
    });

    const card = await clerkCard();
    const [inspection, rectification, overdue, exam, attitude] = card.lines;
    // inspection: 30 × (total − 60) / 40; rectification 0 %: 0; no overdue: 10; no exam figure: 0; attitude 18
    const expected = Math.round(((30 * (inspection!.value! - 60)) / 40) * 100) / 100;
    expect([
      inspection!.points,
      rectification!.points,
      overdue!.points,
      exam!.points,
      attitude!.points,
    ]).toEqual([expected, 0, 10, 0, 18]);
    expect(attitude!.evidence).toEqual([
      expect.objectContaining({ kind: 'ENTERED', title: '李娜 录入', figure: 18 }),
    ]);
    expect(card).toMatchObject({ status: 'ASSESSED', assessorName: '李娜', assessorComment: '态度良好' });
    // The superior's word on the entered figure, beside it; pulled lines carry none.
    expect(card.lines.map((line) => line.comment)).toEqual([null, null, null, null, '主动帮新人熟悉业务']);
    expect(card.computed).toBeCloseTo(expected + 28, 2);
    expect(card.final).toBe(card.computed);
  });

  it('an adjustment needs a reason and is shown beside the computed figure, never over it', async () => {
    const before = await clerkCard();
    const manager = await f.as('hubin.mgr');
    await expect(manager.scorecards.adjust({ id: before.id, points: 2, reason: '  ' })).rejects.toMatchObject(
      {
        code: 'BAD_REQUEST',
      },
    );
    expect(
      await codeOf(
        (await f.as('hubin.clerk')).scorecards.adjust({ id: before.id, points: 5, reason: '自加' }),
      ),
    ).toBe('performance.scorecards.assessDenied');
    await manager.scorecards.adjust({ id: before.id, points: 2, reason: '获评月度服务之星' });
    const after = await clerkCard();
    expect(after.computed).toBe(before.computed);
    expect(after.adjustmentTotal).toBe(2);
    expect(after.final).toBeCloseTo(before.final! + 2, 2);
    expect(after.adjustments).toEqual([
      expect.objectContaining({ points: 2, reason: '获评月度服务之星', byName: '李娜' }),
    ]);
  });

  it('the nightly job recomputes an open month as the supervisor who ran it, keeping entries and adjustments', async () => {
    const before = await clerkCard();
    // A second visit of 湖滨, full marks: the mean rises.
    await submitVisit(f.inspection, 'sc.sup', f.inspection.hall('HZ-SC-01').id);
    expect(await rerunOpenMonths(f.performance.deps)).toBe(1);
    const after = await clerkCard();
    expect(after.lines[0]!.evidence).toHaveLength(2);
    expect(after.lines[0]!.value).toBeGreaterThan(before.lines[0]!.value!);
    expect([after.lines[4]!.value, after.lines[4]!.comment, after.adjustmentTotal, after.status]).toEqual([
      18,
      '主动帮新人熟悉业务',
      2,
      'ASSESSED',
    ]);
  });
});

describe('sign-off and HR', () => {
  it('the city signs off only when every scorecard is assessed and every district locked', async () => {
    const sup = await f.as('city.sup');
    expect((await (await f.as('hr')).scorecards.list({ month: MONTH })).items).toEqual([]);
    expect(await codeOf(sup.months.signOff({ month: MONTH }))).toBe('performance.scorecards.notAssessed');
    expect((await sup.months.get({ month: MONTH })).status).toBe('OPEN');
    // Everyone else self-assesses and is assessed by their superior: 湖滨's manager for 钱晓云, the districts' for managers.
    const superiorOf: Record<string, string> = {
      HZ10110: 'hubin.mgr',
      HZ10101: 'sc.sup',
      HZ10201: 'sc.sup',
      HZ10301: 'sc.sup',
      HZ13001: 'xh.sup',
      HZ13101: 'xh.sup',
    };
    for (const [staffNo, superior] of Object.entries(superiorOf)) {
      const person = await f.as(staffNo);
      const [card] = (await person.scorecards.list({ month: MONTH })).items.filter(
        (c) => c.staffNo === staffNo,
      );
      await person.scorecards.selfAssess({ id: card!.id, comment: '' });
      const full = await person.scorecards.get({ id: card!.id });
      await (
        await f.as(superior)
      ).scorecards.assess({
        id: card!.id,
        values: [{ kpiId: full.lines[4]!.kpiId, value: 15 }],
        comment: '',
      });
    }
    // Assessed, but no district has locked its calibration yet.
    expect(await codeOf(sup.months.signOff({ month: MONTH }))).toBe(
      'performance.scorecards.districtsNotLocked',
    );
    expect((await sup.months.get({ month: MONTH })).status).toBe('OPEN');
    await lockEveryDistrict(f, MONTH);
    const signed = await sup.months.signOff({ month: MONTH });
    expect(signed).toMatchObject({ status: 'SIGNED_OFF', signedOffByName: '周敏' });
    expect(signed.scorecards).toMatchObject({ total: 7, assessed: 7 });
  });

  it('refuses any change to the closed month, and writes nothing', async () => {
    const before = await clerkCard();
    const manager = await f.as('hubin.mgr');
    expect(await codeOf(manager.scorecards.adjust({ id: before.id, points: -3, reason: '迟到' }))).toBe(
      'performance.scorecards.monthClosed',
    );
    expect(await codeOf((await f.as('city.sup')).months.run({ month: MONTH }))).toBe(
      'performance.scorecards.monthClosed',
    );
    expect(await codeOf((await f.as('city.sup')).months.signOff({ month: MONTH }))).toBe(
      'performance.scorecards.monthClosed',
    );
    expect(await rerunOpenMonths(f.performance.deps)).toBe(0);
    expect(await clerkCard()).toEqual(before);
  });

  it('HR reads signed-off months only, and its export’s rows match the scorecards', async () => {
    const hr = await f.as('hr');
    const cards = (await hr.scorecards.list({ month: MONTH, pageSize: 50 })).items;
    expect(cards).toHaveLength(7);
    expect(await codeOf((await f.as('hubin.mgr')).months.export({ month: MONTH, format: 'csv' }))).toBe(
      'performance.scorecards.exportDenied',
    );
    const csv = await hr.months.export({ month: MONTH, format: 'csv' });
    expect(csv.fileName).toBe(`杭州分公司${MONTH}绩效考核结果.csv`);
    const text = Buffer.from(csv.base64, 'base64').toString('utf8');
    const rows = text
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(rows[0]).toBe('工号,姓名,区县,营业厅,岗位,系统得分,加减分,最终得分,等级,扣分明细');
    const zhao = cards.find((c) => c.staffNo === 'HZ10103')!;
    const row = rows.find((line) => line.startsWith('HZ10103,'))!.split(',');
    expect(row.slice(0, 9)).toEqual([
      'HZ10103',
      '赵雪',
      '上城区分公司',
      '湖滨营业厅',
      '营业员',
      String(zhao.computed),
      '2',
      String(zhao.final),
      { EXCELLENT: '优秀', GOOD: '良好', PASS: '合格', FAIL: '不合格' }[zhao.grade!],
    ]);
    expect(row.slice(9).join(',')).toContain('加减分 +2：获评月度服务之星');
    expect(row.slice(9).join(',')).toContain('整改率 扣 20 分（0分）');

    const xlsx = await hr.months.export({ month: MONTH, format: 'xlsx' });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(xlsx.base64, 'base64') as unknown as ArrayBuffer);
    expect(book.worksheets[0]!.rowCount).toBe(8);
  });
});
