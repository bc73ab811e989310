// The bank's spreadsheet as an .xlsx file (exceljs): the 题目 sheet with its header and notes, the 说明 sheet, and
// reading a trainer's file back into rows of text, refusing what is not the template.
import { bankErrors, IMPORT_MAX_ROWS } from '@duda/contract-training';
import ExcelJS from 'exceljs';
import { SHEET_COLUMNS, SHEET_HEADERS } from './sheet-format.ts';

export const QUESTION_SHEET = '题目';
const GUIDE_SHEET = '说明';

export async function bankWorkbook(rows: readonly string[][]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '督导平台';
  const sheet = book.addWorksheet(QUESTION_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = SHEET_COLUMNS.map((c) => ({ header: c.header, width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F3FB' } };
  SHEET_COLUMNS.forEach((c, i) => (header.getCell(i + 1).note = c.note));
  // Text cells, so a difficulty of 2 or an answer of "1|2" is read back as written.
  for (const row of rows) sheet.addRow(row).eachCell((cell) => (cell.numFmt = '@'));
  sheet.getColumn(SHEET_HEADERS.indexOf('题干') + 1).alignment = { wrapText: true, vertical: 'top' };

  const guide = book.addWorksheet(GUIDE_SHEET);
  guide.columns = [
    { header: '列名', width: 12 },
    { header: '填写说明', width: 90 },
    { header: '示例', width: 30 },
  ];
  guide.getRow(1).font = { bold: true };
  for (const c of SHEET_COLUMNS) guide.addRow([c.header, c.note, c.example]);
  guide.addRow([]);
  guide.addRow([
    '注意',
    `每行一道题；第一行表头请勿修改；一次最多导入 ${IMPORT_MAX_ROWS} 道题，文件不超过 5 MB。`,
    '',
  ]);
  guide.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await book.xlsx.writeBuffer());
}

export interface SheetRow {
  /** As Excel numbers it (the header is row 1). */
  rowNumber: number;
  cells: string[];
}

const cellText = (cell: ExcelJS.Cell): string => {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'result' in value) return String(value.result ?? '');
  return cell.text ?? '';
};

/** The question rows of a trainer's file; refuses a file that is not a workbook or whose header is not ours. */
export async function readBankWorkbook(bytes: Uint8Array): Promise<SheetRow[]> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw bankErrors.importNotSpreadsheet({}, 'file');
  }
  const sheet = book.getWorksheet(QUESTION_SHEET) ?? book.worksheets[0];
  if (!sheet) throw bankErrors.importNotSpreadsheet({}, 'file');
  const header = sheet.getRow(1);
  SHEET_HEADERS.forEach((expected, i) => {
    if (cellText(header.getCell(i + 1)).trim() !== expected)
      throw bankErrors.importWrongHeader({ column: i + 1, expected }, 'file');
  });
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells = SHEET_HEADERS.map((_, i) => cellText(row.getCell(i + 1)));
    if (cells.some((c) => c.trim() !== '')) rows.push({ rowNumber, cells });
  });
  if (rows.length === 0) throw bankErrors.importEmpty({}, 'file');
  if (rows.length > IMPORT_MAX_ROWS) throw bankErrors.importTooManyRows({ max: IMPORT_MAX_ROWS }, 'file');
  return rows;
}
