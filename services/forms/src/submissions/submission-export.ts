// One form's filtered records as an Excel workbook (导出): a sheet of the records, one column per field of the
// form's newest version, and a sheet per table field with its rows (表1's work items, 表3's shifts).
import type { UiField } from '@duda/contract-forms';
import ExcelJS from 'exceljs';
import type { FormsDeps } from '../deps.ts';
import type { Ctx } from '../templates/template-access.ts';
import { cellText } from './cell-text.ts';
import { exportableRecords, type ListFilters } from './submission-list.ts';
import { submissionRowsFor, type SubmissionRow } from './submission-views.ts';

export interface SubmissionsFile {
  fileName: string;
  /** The .xlsx bytes, base64 (as the other areas send generated files through tRPC). */
  base64: string;
  rows: number;
}

// Read in China, whatever the server's zone: "2026-12-01 09:30:00".
const chinaTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  dateStyle: 'short',
  timeStyle: 'medium',
});

const sheetName = (text: string) => text.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31);

export async function submissionsWorkbook(
  fields: readonly UiField[],
  rows: readonly SubmissionRow[],
): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '督导平台';
  const sheet = book.addWorksheet('表单记录', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: '提交时间', width: 20 },
    { header: '单位', width: 16 },
    { header: '提交人', width: 10 },
    { header: '版本', width: 6 },
    ...fields.map((field) => ({ header: field.label['zh-CN'], width: field.kind === 'longText' ? 40 : 16 })),
  ];
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    sheet.addRow([
      row.submittedAt ? chinaTime.format(row.submittedAt) : '',
      row.orgName,
      row.submitterName,
      row.version,
      ...fields.map((field) => cellText(field, row.data[field.key])),
    ]);
  }
  for (const table of fields.filter((field) => field.kind === 'table')) {
    const columns = table.columns ?? [];
    const rowsSheet = book.addWorksheet(sheetName(table.label['zh-CN']), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    rowsSheet.columns = [
      { header: '提交时间', width: 20 },
      { header: '提交人', width: 10 },
      { header: '行', width: 5 },
      ...columns.map((column) => ({ header: column.label['zh-CN'], width: 16 })),
    ];
    rowsSheet.getRow(1).font = { bold: true };
    for (const row of rows) {
      const items = Array.isArray(row.data[table.key])
        ? (row.data[table.key] as Record<string, unknown>[])
        : [];
      items.forEach((item, index) =>
        rowsSheet.addRow([
          row.submittedAt ? chinaTime.format(row.submittedAt) : '',
          row.submitterName,
          index + 1,
          ...columns.map((column) => cellText(column, item[column.key])),
        ]),
      );
    }
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

export async function exportSubmissions(
  deps: FormsDeps,
  ctx: Ctx,
  input: ListFilters,
): Promise<SubmissionsFile> {
  const { template, fields, records } = await exportableRecords(deps, ctx, input);
  const rows = records.map(submissionRowsFor(ctx.actor));
  const bytes = await submissionsWorkbook([...fields.values()], rows);
  const day = chinaTime.format(deps.now()).slice(0, 10);
  return {
    fileName: `${template.code}${template.nameZh}-${day}.xlsx`,
    base64: bytes.toString('base64'),
    rows: rows.length,
  };
}
