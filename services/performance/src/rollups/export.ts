// `performance.rollups.export`: HR's file of a quarter or year (xlsx), as the month's export is HR's: one row per person
// of the list's filters — 工号, name, district, hall, role, the months counted, the roll-up score and grade — and
// each signed-off month's final score in a column of its own, so the arithmetic can be checked in the sheet.
import { scopeOf } from '@duda/authz';
import type { rollupInputs } from '@duda/contract-performance';
import { scorecardsErrors } from '@duda/contract-performance';
import ExcelJS from 'exceljs';
import type { z } from 'zod';
import type { PerformanceDeps } from '../deps.ts';
import { cityOf, type Ctx } from '../ports/org-directory.ts';
import { displayed } from '../scorecards/export-file.ts';
import { rollupRows } from './rollups.ts';

const PERIOD_LABELS: Record<string, string> = {
  Q1: '第一季度',
  Q2: '第二季度',
  Q3: '第三季度',
  Q4: '第四季度',
  YEAR: '年度',
};

export async function exportRollups(
  deps: PerformanceDeps,
  ctx: Ctx,
  input: z.infer<typeof rollupInputs.export>,
) {
  if (scopeOf(ctx.actor, 'performance.export').orgNodeIds.length === 0) throw scorecardsErrors.exportDenied();
  const city = await cityOf(deps.org, ctx);
  const { rows, months } = await rollupRows(deps, ctx, input);
  const book = new ExcelJS.Workbook();
  book.creator = '督导平台';
  const period = `${input.year}年${PERIOD_LABELS[input.period]}`;
  const sheet = book.addWorksheet(`${period}绩效汇总`);
  sheet.columns = [
    { header: '工号', key: 'staffNo', width: 12 },
    { header: '姓名', key: 'personName', width: 10 },
    { header: '区县', key: 'districtName', width: 16 },
    { header: '营业厅', key: 'hallName', width: 18 },
    { header: '岗位', key: 'role', width: 10 },
    { header: '计入月数', key: 'months', width: 10 },
    { header: '汇总得分', key: 'score', width: 10 },
    { header: '等级', key: 'grade', width: 8 },
    ...months.map((month) => ({ header: month, key: month, width: 10 })),
  ];
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    // The same words as the month's file: role and grade in Chinese, no district as empty.
    const words = displayed({ ...row, computed: 0, adjustmentTotal: 0, final: row.score, deductions: '' });
    sheet.addRow({
      ...row,
      districtName: words.districtName,
      role: words.role,
      grade: words.grade,
      ...Object.fromEntries(row.monthScores.map((score) => [score.month, score.final])),
    });
  }
  return {
    fileName: `${city.name}${period}绩效汇总.xlsx`,
    base64: Buffer.from(await book.xlsx.writeBuffer()).toString('base64'),
  };
}
