// A question sheet as a trainer fills it in: the bank's downloaded template (题库导入模板) with rows written under
// its headers, so the story follows the columns the service really offers rather than a copy of them.
import ExcelJS from 'exceljs';

/** One question as the trainer types it: the template's column headers and the cell's text. */
export type SheetRow = Record<string, string>;

/** The template's bytes with `rows` from the second row on (the example row, if any, replaced). */
export async function fillTemplate(template: Buffer, rows: readonly SheetRow[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  const headers = new Map<string, number>();
  sheet.getRow(1).eachCell((cell, column) => headers.set(String(cell.value), column));
  if (sheet.rowCount > 1) sheet.spliceRows(2, sheet.rowCount - 1);
  rows.forEach((row, index) => {
    const line = sheet.getRow(index + 2);
    for (const [header, value] of Object.entries(row)) {
      const column = headers.get(header);
      if (!column) throw new Error(`the template has no column ${header}`);
      line.getCell(column).value = value;
    }
    line.commit();
  });
  return Buffer.from(await book.xlsx.writeBuffer());
}
