// A template written by the kit reads back row by row as written; a file that is not the template is refused
// with the area's own errors; a bad row is reported in both languages.
import { defineErrors } from '@duda/contract-kit';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { importWrites, readSheetRows, rowError, templateWorkbook } from './index.ts';

const errors = defineErrors('sheetTest', {
  notSpreadsheet: { kind: 'BAD_REQUEST', 'zh-CN': '不是表格', en: 'Not a workbook' },
  wrongHeader: {
    kind: 'BAD_REQUEST',
    'zh-CN': '第 {column} 列应为“{expected}”',
    en: 'Column {column}: “{expected}”',
  },
  empty: { kind: 'BAD_REQUEST', 'zh-CN': '没有数据', en: 'No rows' },
  tooManyRows: { kind: 'BAD_REQUEST', 'zh-CN': '最多 {max} 行', en: 'At most {max} rows' },
  badName: { kind: 'BAD_REQUEST', 'zh-CN': '姓名“{value}”无效', en: 'Invalid name “{value}”' },
});
const columns = [
  { header: '工号', width: 12, note: '字母或数字', example: 'HZ10001' },
  { header: '姓名', width: 10, note: '2–30 字', example: '张三' },
];
const spec = { sheet: '人员', headers: columns.map((c) => c.header), maxRows: 3, errors };
const template = (rows: string[][]) =>
  templateWorkbook({ sheet: '人员', columns, rows, guide: { sheet: '说明', remarks: ['一次最多 3 行'] } });

describe('spreadsheet kit', () => {
  it('reads back the rows of its own template as text, skipping blank rows, numbered as Excel numbers them', async () => {
    const rows = await readSheetRows(
      await template([
        ['0012', '张三'],
        ['', ''],
        ['HZ2', '李四'],
      ]),
      spec,
    );
    expect(rows).toEqual([
      { rowNumber: 2, cells: ['0012', '张三'] },
      { rowNumber: 4, cells: ['HZ2', '李四'] },
    ]);
  });

  it('writes the notes into the header and a guide sheet with the remarks', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await template([])) as unknown as ArrayBuffer);
    expect(book.getWorksheet('人员')!.getRow(1).getCell(1).note).toBe('字母或数字');
    const guide = book.getWorksheet('说明')!;
    expect(guide.getRow(2).values).toEqual([undefined, '工号', '字母或数字', 'HZ10001']);
    expect(guide.getRow(5).values).toEqual([undefined, '注意', '一次最多 3 行', '']);
  });

  it('refuses what is not the template with the errors it is given', async () => {
    await expect(readSheetRows(new TextEncoder().encode('工号,姓名'), spec)).rejects.toMatchObject({
      code: 'sheetTest.notSpreadsheet',
    });
    const other = await templateWorkbook({
      sheet: '人员',
      columns: [columns[1]!, columns[0]!],
      rows: [['张三', 'HZ1']],
    });
    await expect(readSheetRows(other, spec)).rejects.toMatchObject({
      code: 'sheetTest.wrongHeader',
      params: { column: 1, expected: '工号' },
    });
    await expect(readSheetRows(await template([]), spec)).rejects.toMatchObject({ code: 'sheetTest.empty' });
    await expect(
      readSheetRows(
        await template([
          ['1', 'a'],
          ['2', 'b'],
          ['3', 'c'],
          ['4', 'd'],
        ]),
        spec,
      ),
    ).rejects.toMatchObject({ code: 'sheetTest.tooManyRows', params: { max: 3 } });
  });

  it('words a bad row in both languages and says which modes write', () => {
    expect(rowError(7, '姓名', errors.badName({ value: 'x' }))).toEqual({
      row: 7,
      column: '姓名',
      code: 'sheetTest.badName',
      message: { 'zh-CN': '姓名“x”无效', en: 'Invalid name “x”' },
    });
    expect([
      importWrites('CHECK', []),
      importWrites('KEEP_VALID', [1]),
      importWrites('ALL_OR_NOTHING', [1]),
    ]).toEqual([false, true, false]);
    expect(importWrites('ALL_OR_NOTHING', [])).toBe(true);
  });
});
