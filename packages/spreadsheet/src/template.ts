// An import template as an .xlsx file (exceljs): the data sheet with a frozen, coloured header whose cells carry
// each column's note, text-formatted rows, and a guide sheet that repeats the notes with an example each.
import ExcelJS from 'exceljs';

export interface SheetColumn {
  header: string;
  width: number;
  /** How to fill it in: the header cell's note and the guide's line. */
  note: string;
  example?: string;
  /** Long text: wrapped, aligned to the top. */
  wrap?: boolean;
}

export interface TemplateSpec {
  sheet: string;
  columns: readonly SheetColumn[];
  rows: readonly (readonly string[])[];
  /** The guide sheet: its name and closing remarks (limits, what happens on import). */
  guide?: { sheet: string; remarks: readonly string[] };
  /** Further read-only sheets, e.g. the codes a column accepts. */
  extraSheets?: readonly {
    name: string;
    columns: readonly { header: string; width: number }[];
    rows: readonly (readonly string[])[];
  }[];
}

function addTable(
  book: ExcelJS.Workbook,
  name: string,
  columns: readonly { header: string; width: number }[],
  rows: readonly (readonly string[])[],
) {
  const sheet = book.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns.map((c) => ({ header: c.header, width: c.width }));
  const header = sheet.getRow(1);
  header.font = { bold: true };
  header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F3FB' } };
  // Text cells, so a 工号 of 0012 or an answer of "1|2" is read back as written.
  for (const row of rows) sheet.addRow([...row]).eachCell((cell) => (cell.numFmt = '@'));
  return sheet;
}

export async function templateWorkbook(spec: TemplateSpec): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '督导平台';
  const sheet = addTable(book, spec.sheet, spec.columns, spec.rows);
  spec.columns.forEach((c, i) => {
    sheet.getRow(1).getCell(i + 1).note = c.note;
    if (c.wrap) sheet.getColumn(i + 1).alignment = { wrapText: true, vertical: 'top' };
  });
  if (spec.guide) {
    const guide = book.addWorksheet(spec.guide.sheet);
    guide.columns = [
      { header: '列名', width: 12 },
      { header: '填写说明', width: 90 },
      { header: '示例', width: 30 },
    ];
    guide.getRow(1).font = { bold: true };
    for (const c of spec.columns) guide.addRow([c.header, c.note, c.example ?? '']);
    guide.addRow([]);
    for (const remark of spec.guide.remarks) guide.addRow(['注意', remark, '']);
    guide.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
  }
  for (const extra of spec.extraSheets ?? []) addTable(book, extra.name, extra.columns, extra.rows);
  return Buffer.from(await book.xlsx.writeBuffer());
}
