// The satisfaction (满意率) import end to end on a real database, beside real org, inspection and training: the
// template, a preview naming each bad row, all-or-nothing and keep-the-good-rows, the month's run taking each
// figure and its evidence from the import (a person's own row before the hall's), a re-import replacing the
// month's figures while the earlier import stays in the history, and who may import.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runFixture, type RunFixture } from '../scorecards/test-support.ts';

const MONTH = '2026-11';
const HEADER = ['营业厅编码', '营业厅名称', '工号', '姓名', '满意率(%)', '样本数'];

let f: RunFixture;
let kpiId: string;

async function file(name: string, rows: string[][]): Promise<File> {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('满意率');
  sheet.addRow(HEADER);
  for (const row of rows) sheet.addRow(row);
  return new File([new Uint8Array(await book.xlsx.writeBuffer())], name);
}

async function upload(username: string, mode: string, upload: File, month = MONTH) {
  const form = new FormData();
  form.set('file', upload);
  form.set('mode', mode);
  form.set('month', month);
  return (await f.as(username)).imports.satisfaction(form);
}

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: { cause?: { code?: string } }) => error.cause?.code ?? String(error),
  );

async function satisfactionLine(staffNo: string) {
  const sup = await f.as('city.sup');
  const { items } = await sup.scorecards.list({ month: MONTH, pageSize: 50 });
  const card = await sup.scorecards.get({ id: items.find((item) => item.staffNo === staffNo)!.id });
  return card.lines.find((line) => line.kpiId === kpiId)!;
}

const history = async () => (await f.as('city.sup')).imports.satisfactionHistory({ month: MONTH });

beforeAll(async () => {
  f = await runFixture();
  const sup = await f.as('city.sup');
  kpiId = (
    await sup.kpis.create({
      name: '满意率',
      definition: '短信满意度调查的满意率',
      unit: '%',
      direction: 'HIGHER',
      target: 100,
      rule: { kind: 'LINEAR', floor: 80 },
      source: 'SATISFACTION_RATE',
    })
  ).id;
  await sup.schemes.create({
    role: 'clerk',
    name: '营业员方案',
    fromMonth: MONTH,
    lines: [{ kpiId, weight: 100 }],
  });
}, 300_000);
afterAll(async () => {
  await f?.close();
});

describe('the template', () => {
  it('has the import’s header and the city’s halls to copy codes from', async () => {
    const template = await (await f.as('city.sup')).imports.satisfactionTemplate({});
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(template.base64, 'base64') as unknown as ArrayBuffer);
    expect((book.getWorksheet('满意率')!.getRow(1).values as unknown[]).slice(1)).toEqual(HEADER);
    const halls = book.getWorksheet('营业厅')!.getColumn(1).values.slice(2);
    expect(halls).toContain('HZ-SC-01');
  });
});

describe('an import with bad rows', () => {
  const rows = [
    ['HZ-SC-01', '湖滨营业厅', '', '', '95', '120'],
    ['HZ-SC-01', '湖滨营业厅', 'HZ10103', '赵雪', '98.5', ''],
    ['XX-99', '', '', '', '90', ''],
    ['HZ-SC-01', '', '', '', '97', ''],
    ['HZ-SC-02', '', '', '', '120', ''],
  ];

  it('previews each bad row and why, writing nothing', async () => {
    const report = await upload('city.sup', 'CHECK', await file('11月满意率.xlsx', rows));
    expect(report).toMatchObject({ mode: 'CHECK', rows: 5, valid: 2, imported: 0 });
    expect(report.errors.map((error) => [error.row, error.column, error.code])).toEqual([
      [4, '营业厅编码', 'performance.imports.hallUnknown'],
      [5, '营业厅编码', 'performance.imports.repeated'],
      [6, '满意率(%)', 'performance.imports.rate'],
    ]);
    expect(report.errors[1]!.message['zh-CN']).toContain('第 2 行');
    expect(await history()).toEqual([]);
  });

  it('imports nothing all-or-nothing, and the good rows when asked to keep them', async () => {
    const bad = await file('11月满意率.xlsx', rows);
    expect(await upload('city.sup', 'ALL_OR_NOTHING', bad)).toMatchObject({ imported: 0 });
    expect(await history()).toEqual([]);
    expect(await upload('city.sup', 'KEEP_VALID', bad)).toMatchObject({ imported: 2 });
    expect(await history()).toMatchObject([{ fileName: '11月满意率.xlsx', rows: 2, replacedAt: null }]);
  });

  it('keeps a file name PostgreSQL can store', async () => {
    const named = await file('12月\u0000满意率.xlsx', [['HZ-SC-01', '', '', '', '96', '']]);
    expect(await upload('city.sup', 'KEEP_VALID', named, '2026-12')).toMatchObject({ imported: 1 });
    const [stored] = await (await f.as('city.sup')).imports.satisfactionHistory({ month: '2026-12' });
    expect(stored!.fileName).toBe('12月满意率.xlsx');
  });

  it('is refused to anyone but the city supervisor', async () => {
    expect(await codeOf(upload('hubin.mgr', 'KEEP_VALID', await file('x.xlsx', rows)))).toBe(
      'performance.imports.denied',
    );
    expect(await history()).toHaveLength(1);
  });
});

describe('the monthly run', () => {
  it('takes each figure and its evidence from the import: a person’s own row, else the hall’s', async () => {
    await (await f.as('city.sup')).months.run({ month: MONTH });
    expect(await satisfactionLine('HZ10103')).toMatchObject({
      value: 98.5,
      evidence: [{ kind: 'IMPORT', title: '11月满意率.xlsx 第 3 行（赵雪）', figure: 98.5 }],
    });
    // 钱晓云, 湖滨's other clerk: the hall's rate (row 2).
    expect(await satisfactionLine('HZ10110')).toMatchObject({
      value: 95,
      evidence: [{ kind: 'IMPORT', title: '11月满意率.xlsx 第 2 行（湖滨营业厅）', figure: 95 }],
    });
  });

  it('after a re-import of the month, reads the new one; the earlier stays in the history', async () => {
    const again = await file('11月满意率（更正）.xlsx', [['HZ-SC-01', '湖滨营业厅', '', '', '90', '']]);
    expect(await upload('city.sup', 'ALL_OR_NOTHING', again)).toMatchObject({ imported: 1, errors: [] });
    const [current, earlier] = await history();
    expect(current).toMatchObject({ fileName: '11月满意率（更正）.xlsx', rows: 1, replacedAt: null });
    expect(earlier).toMatchObject({ fileName: '11月满意率.xlsx', rows: 2, replacedAt: expect.any(Date) });
    await (await f.as('city.sup')).months.run({ month: MONTH });
    expect(await satisfactionLine('HZ10103')).toMatchObject({
      value: 90,
      evidence: [{ title: '11月满意率（更正）.xlsx 第 2 行（湖滨营业厅）' }],
    });
  });

  it('leaves the imported figure to the import: the superior cannot enter it', async () => {
    const { items } = await (await f.as('city.sup')).scorecards.list({ month: MONTH, pageSize: 50 });
    const id = items.find((item) => item.staffNo === 'HZ10103')!.id;
    await (await f.as('HZ10103')).scorecards.selfAssess({ id, comment: '自评' });
    expect(
      await codeOf(
        (await f.as('hubin.mgr')).scorecards.assess({ id, values: [{ kpiId, value: 100 }], comment: '' }),
      ),
    ).toBe('performance.scorecards.lineNotManual');
    expect(await satisfactionLine('HZ10103')).toMatchObject({ value: 90 });
  });
});
