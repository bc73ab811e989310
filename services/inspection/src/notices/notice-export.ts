import { NOTICE_STATUS_LABELS_ZH } from '@duda/contract-inspection';
import ExcelJS from 'exceljs';
import type { MonthlyNotice } from '../domain/index.ts';

const header = (sheet: ExcelJS.Worksheet, columns: { header: string; key: string; width: number }[]) => {
  sheet.columns = columns;
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8F3FB' } };
};

/** The notice as an Excel workbook, one sheet per part, for forwarding and filing (Excel 导出). */
export async function noticeWorkbook(notice: MonthlyNotice): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '督导平台';
  const overview = book.addWorksheet('概况');
  overview.columns = [{ width: 14 }, { width: 100 }];
  overview.addRows([
    ['标题', notice.title],
    ['统计期间', `${notice.period.from} 至 ${notice.period.to}`],
    // The contract's word, the one the notices page shows for the same status.
    ['状态', NOTICE_STATUS_LABELS_ZH[notice.status]],
    ['总体情况', notice.summary],
  ]);
  overview.getColumn(1).font = { bold: true };
  overview.getCell('B4').alignment = { wrapText: true, vertical: 'top' };

  const ranking = book.addWorksheet('营业厅排名');
  header(ranking, [
    { header: '名次', key: 'rank', width: 8 },
    { header: '营业厅', key: 'hallName', width: 24 },
    { header: '所属区县', key: 'districtName', width: 18 },
    { header: '平均得分', key: 'score', width: 12 },
    { header: '检查次数', key: 'inspections', width: 12 },
    { header: '一票否决次数', key: 'vetoedInspections', width: 14 },
  ]);
  ranking.addRows([...notice.ranking.top, ...notice.ranking.bottom]);

  if (notice.districtRanking.length > 0) {
    const districts = book.addWorksheet('区县排名');
    header(districts, [
      { header: '名次', key: 'rank', width: 8 },
      { header: '区县', key: 'districtName', width: 20 },
      { header: '平均得分', key: 'score', width: 12 },
      { header: '受检营业厅数', key: 'halls', width: 14 },
    ]);
    districts.addRows(notice.districtRanking);
  }

  const problems = book.addWorksheet('共性问题');
  header(problems, [
    { header: '检查项', key: 'itemTitle', width: 40 },
    { header: '所属类别', key: 'sectionName', width: 18 },
    { header: '检查次数', key: 'inspected', width: 12 },
    { header: '问题次数', key: 'failed', width: 12 },
    { header: '问题率(%)', key: 'failureRate', width: 12 },
    { header: '涉及营业厅', key: 'hallsAffected', width: 12 },
  ]);
  problems.addRows(notice.commonProblems);

  const cases = book.addWorksheet('典型案例');
  header(cases, [
    { header: '类型', key: 'tone', width: 10 },
    { header: '营业厅', key: 'hallName', width: 22 },
    { header: '标题', key: 'title', width: 30 },
    { header: '情况描述', key: 'description', width: 80 },
  ]);
  cases.addRows(notice.typicalCases.map((c) => ({ ...c, tone: c.tone === 'GOOD' ? '正面' : '反面' })));

  const rectification = book.addWorksheet('整改情况');
  header(rectification, [
    { header: '营业厅', key: 'hallName', width: 24 },
    { header: '下发', key: 'issued', width: 10 },
    { header: '已闭环', key: 'closed', width: 10 },
    { header: '超期', key: 'overdue', width: 10 },
    { header: '整改率(%)', key: 'closureRate', width: 12 },
  ]);
  rectification.addRows(notice.rectification.rows);
  rectification.addRow({ hallName: '合计', ...notice.rectification.total });
  return Buffer.from(await book.xlsx.writeBuffer());
}
