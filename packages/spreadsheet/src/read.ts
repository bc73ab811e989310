// Reading a filled-in template back: the data rows as text, as the person sees them in Excel, refusing a file
// that is not a workbook, whose header is not the template's, that is empty or too long — with the area's own
// errors, so each area words them for its rows ("no questions", "no people").
import type { AppError } from '@duda/contract-kit';
import ExcelJS from 'exceljs';

export interface SheetRow {
  /** As Excel numbers it (the header is row 1). */
  rowNumber: number;
  cells: string[];
}

export interface ReadSpec {
  /** The data sheet's name; the first sheet when the file has none of that name. */
  sheet: string;
  headers: readonly string[];
  maxRows: number;
  errors: {
    notSpreadsheet(): AppError;
    wrongHeader(params: { column: number; expected: string }): AppError;
    empty(): AppError;
    tooManyRows(params: { max: number }): AppError;
  };
}

const cellText = (cell: ExcelJS.Cell): string => {
  const value = cell.value;
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'result' in value) return String(value.result ?? '');
  return cell.text ?? '';
};

export async function readSheetRows(bytes: Uint8Array, spec: ReadSpec): Promise<SheetRow[]> {
  const book = new ExcelJS.Workbook();
  try {
    await book.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw spec.errors.notSpreadsheet();
  }
  const sheet = book.getWorksheet(spec.sheet) ?? book.worksheets[0];
  if (!sheet) throw spec.errors.notSpreadsheet();
  const header = sheet.getRow(1);
  spec.headers.forEach((expected, i) => {
    if (cellText(header.getCell(i + 1)).trim() !== expected)
      throw spec.errors.wrongHeader({ column: i + 1, expected });
  });
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (rowNumber === 1) return;
    const cells = spec.headers.map((_, i) => cellText(row.getCell(i + 1)));
    if (cells.some((c) => c.trim() !== '')) rows.push({ rowNumber, cells });
  });
  if (rows.length === 0) throw spec.errors.empty();
  if (rows.length > spec.maxRows) throw spec.errors.tooManyRows({ max: spec.maxRows });
  return rows;
}
