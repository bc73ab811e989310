// `performance.months.export`: HR's file of a signed-off month in its scope, as .xlsx or .csv, base64-encoded for
// the browser to save (as inspection's notice export does).
import { scopeOf } from '@duda/authz';
import { scorecardsErrors } from '@duda/contract-performance';
import type { PerformanceDeps } from '../deps.ts';
import { cityOf, type Ctx } from '../ports/org-directory.ts';
import { deductionsOf, exportCsv, exportWorkbook, type ExportRow } from './export-file.ts';

export async function exportMonth(
  deps: PerformanceDeps,
  ctx: Ctx,
  input: { month: string; format: 'xlsx' | 'csv' },
) {
  const halls = scopeOf(ctx.actor, 'performance.export').orgNodeIds;
  if (halls.length === 0) throw scorecardsErrors.exportDenied();
  const city = await cityOf(deps.org, ctx);
  const row = await deps.prisma.performanceMonth.findUnique({
    where: { cityId_month: { cityId: city.id, month: input.month } },
  });
  if (row?.status !== 'SIGNED_OFF') throw scorecardsErrors.exportNotSigned({ month: input.month });
  const cards = await deps.prisma.scorecard.findMany({
    where: { cityId: city.id, month: input.month, hallId: { in: halls } },
    include: { lines: { orderBy: { position: 'asc' } }, adjustments: { orderBy: { createdAt: 'asc' } } },
    orderBy: [{ districtName: 'asc' }, { hallName: 'asc' }, { staffNo: 'asc' }],
  });
  const rows: ExportRow[] = cards.map((card) => ({
    staffNo: card.staffNo,
    personName: card.personName,
    districtName: card.districtName,
    hallName: card.hallName,
    role: card.role,
    computed: card.computed,
    adjustmentTotal: card.adjustmentTotal,
    final: card.final,
    grade: card.calibratedGrade ?? card.grade,
    deductions: deductionsOf(card.lines, card.adjustments),
  }));
  const name = `${city.name}${input.month}绩效考核结果`;
  return input.format === 'csv'
    ? { fileName: `${name}.csv`, base64: Buffer.from(exportCsv(rows), 'utf8').toString('base64') }
    : { fileName: `${name}.xlsx`, base64: (await exportWorkbook(input.month, rows)).toString('base64') };
}
