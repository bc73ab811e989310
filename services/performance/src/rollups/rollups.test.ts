// Quarter and year roll-ups against real databases: the test month (2026-11, one manual KPI, so each final score is
// what the city supervisor enters) assessed, calibrated and signed off. Before the sign-off no roll-up shows the
// month; after it each person's Q4 and year is that month's score, read in the scorecards' scope.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MONTH, monthFixture, type MonthFixture } from '../appeals/test-month.ts';
import { lockEveryDistrict } from '../scorecards/test-support.ts';

let f: MonthFixture;
const SCORES: Record<string, number> = {
  HZ10101: 92,
  HZ10103: 78.5,
  HZ10110: 55,
  HZ10201: 85,
  HZ10301: 88,
  HZ13001: 90,
  HZ13101: 70,
};
const Q4 = { year: 2026, period: 'Q4' } as const;

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: { cause?: { code?: string } }) => error.cause?.code ?? String(error),
  );
const staffNos = (page: { items: { staffNo: string }[] }) => page.items.map((row) => row.staffNo).sort();

beforeAll(async () => {
  f = await monthFixture();
  for (const [staffNo, score] of Object.entries(SCORES)) await f.assess(staffNo, score);
}, 300_000);
afterAll(() => f.close());

describe('quarter and year roll-ups', () => {
  it('show no month before the city signs it off', async () => {
    for (const who of ['city.sup', 'hr'])
      expect(await (await f.as(who)).rollups.list({ ...Q4 })).toMatchObject({ items: [], total: 0 });
    expect(await codeOf((await f.as('city.sup')).rollups.get({ ...Q4, personId: personOf('HZ10103') }))).toBe(
      'performance.rollups.notFound',
    );
  });

  it('score each person by the mean of the signed-off months, graded by the bands', async () => {
    await lockEveryDistrict(f, MONTH);
    await (await f.as('city.sup')).months.signOff({ month: MONTH });
    const city = await (await f.as('city.sup')).rollups.list({ ...Q4, pageSize: 50 });
    expect(city).toMatchObject({ total: 7, rule: 'MEAN_OF_SIGNED_OFF_MONTHS', signedOffMonths: [MONTH] });
    const byStaff = new Map(city.items.map((row) => [row.staffNo, row]));
    expect(byStaff.get('HZ10103')).toMatchObject({ months: 1, score: 78.5, grade: 'PASS' });
    expect(byStaff.get('HZ10101')).toMatchObject({ months: 1, score: 92, grade: 'EXCELLENT' });
    expect(byStaff.get('HZ10110')).toMatchObject({ score: 55, grade: 'FAIL' });
    // The year is the same month here; another quarter has none.
    expect((await (await f.as('city.sup')).rollups.list({ year: 2026, period: 'YEAR' })).total).toBe(7);
    expect((await (await f.as('city.sup')).rollups.list({ year: 2026, period: 'Q1' })).total).toBe(0);
  });

  it('pages on the server and narrows to a unit or a name', async () => {
    const sup = await f.as('city.sup');
    const first = await sup.rollups.list({ ...Q4, page: 1, pageSize: 5 });
    const second = await sup.rollups.list({ ...Q4, page: 2, pageSize: 5 });
    expect([first.items.length, second.items.length, second.total]).toEqual([5, 2, 7]);
    expect(new Set([...staffNos(first), ...staffNos(second)]).size).toBe(7);
    const hubin = f.inspection.hall('HZ-SC-01').id;
    expect(staffNos(await sup.rollups.list({ ...Q4, orgNodeId: hubin }))).toEqual([
      'HZ10101',
      'HZ10103',
      'HZ10110',
    ]);
    expect(staffNos(await sup.rollups.list({ ...Q4, search: 'hz130' }))).toEqual(['HZ13001']);
  });

  it('reads in the scorecards’ scope: the clerk her own, a manager the hall, a district its halls, HR all', async () => {
    expect(staffNos(await (await f.as('hubin.clerk')).rollups.list({ ...Q4 }))).toEqual(['HZ10103']);
    expect(staffNos(await (await f.as('hubin.mgr')).rollups.list({ ...Q4 }))).toEqual([
      'HZ10101',
      'HZ10103',
      'HZ10110',
    ]);
    expect(staffNos(await (await f.as('xh.sup')).rollups.list({ ...Q4 }))).toEqual(['HZ13001', 'HZ13101']);
    expect((await (await f.as('hr')).rollups.list({ ...Q4 })).total).toBe(7);
    expect(
      await codeOf((await f.as('hubin.clerk')).rollups.get({ ...Q4, personId: personOf('HZ10110') })),
    ).toBe('performance.rollups.notFound');
    expect(await codeOf((await f.as('xh.sup')).rollups.get({ ...Q4, personId: personOf('HZ10103') }))).toBe(
      'performance.rollups.notFound',
    );
  });

  it('opens one person’s roll-up with the months it is made of and the rule', async () => {
    const detail = await (await f.as('hubin.clerk')).rollups.get({ ...Q4, personId: personOf('HZ10103') });
    expect(detail).toMatchObject({
      staffNo: 'HZ10103',
      months: 1,
      score: 78.5,
      grade: 'PASS',
      rule: 'MEAN_OF_SIGNED_OFF_MONTHS',
      monthScores: [{ month: MONTH, final: 78.5, grade: 'PASS' }],
    });
  });

  it('hands HR the period as Excel, each month’s score beside the roll-up; nobody else exports', async () => {
    const file = await (await f.as('hr')).rollups.export({ ...Q4 });
    expect(file.fileName).toBe('杭州分公司2026年第四季度绩效汇总.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(file.base64, 'base64') as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect((sheet.getRow(1).values as unknown[]).slice(1)).toEqual([
      '工号',
      '姓名',
      '区县',
      '营业厅',
      '岗位',
      '计入月数',
      '汇总得分',
      '等级',
      MONTH,
    ]);
    expect(sheet.rowCount - 1).toBe(7);
    const clerk = sheet.getRows(2, 7)!.find((row) => row.getCell(1).value === 'HZ10103')!;
    expect([4, 5, 6, 7, 8, 9].map((cell) => clerk.getCell(cell).value)).toEqual([
      '湖滨营业厅',
      '营业员',
      1,
      78.5,
      '合格',
      78.5,
    ]);
    expect(await codeOf((await f.as('hubin.mgr')).rollups.export({ ...Q4 }))).toBe(
      'performance.scorecards.exportDenied',
    );
  });
});

function personOf(staffNo: string) {
  return (f.cards.get(staffNo) as unknown as { personId: string }).personId;
}
