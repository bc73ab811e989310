// The bank's spreadsheet as an .xlsx file (@duda/spreadsheet): the 题目 sheet with its header and notes, the 说明
// sheet, and reading a trainer's file back into rows of text, refusing what is not the template.
import { bankErrors, IMPORT_MAX_ROWS } from '@duda/contract-training';
import { readSheetRows, templateWorkbook, type SheetRow } from '@duda/spreadsheet';
import { SHEET_COLUMNS, SHEET_HEADERS } from './sheet-format.ts';

export const QUESTION_SHEET = '题目';

export const bankWorkbook = (rows: readonly string[][]): Promise<Buffer> =>
  templateWorkbook({
    sheet: QUESTION_SHEET,
    columns: SHEET_COLUMNS.map((c) => ({ ...c, wrap: c.header === '题干' })),
    rows,
    guide: {
      sheet: '说明',
      remarks: [`每行一道题；第一行表头请勿修改；一次最多导入 ${IMPORT_MAX_ROWS} 道题，文件不超过 5 MB。`],
    },
  });

/** The question rows of a trainer's file; refuses a file that is not a workbook or whose header is not ours. */
export const readBankWorkbook = (bytes: Uint8Array): Promise<SheetRow[]> =>
  readSheetRows(bytes, {
    sheet: QUESTION_SHEET,
    headers: SHEET_HEADERS,
    maxRows: IMPORT_MAX_ROWS,
    errors: {
      notSpreadsheet: () => bankErrors.importNotSpreadsheet({}, 'file'),
      wrongHeader: (params) => bankErrors.importWrongHeader(params, 'file'),
      empty: () => bankErrors.importEmpty({}, 'file'),
      tooManyRows: (params) => bankErrors.importTooManyRows(params, 'file'),
    },
  });
