import { NOTICE_STATUS_LABELS_ZH, NOTICE_STATUSES } from '@duda/contract-inspection';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildMonthlyNotice, type MonthlyNotice } from '../domain/index.ts';
import { noticeWorkbook } from './notice-export.ts';

const notice = buildMonthlyNotice({
  scope: { level: 'DISTRICT', orgId: 'east', orgName: '城东区' },
  month: '2025-03',
  hallScores: [
    {
      hallId: 'h1',
      hallName: '城东中心营业厅',
      districtId: 'east',
      districtName: '城东区',
      score: 96.5,
      inspections: 1,
      failedInspections: 0,
      vetoedInspections: 0,
    },
  ],
  shortStaves: [],
  typicalCases: [],
  rectifications: [{ hallId: 'h1', hallName: '城东中心营业厅', issued: 2, closed: 1, overdue: 1 }],
});

const overviewOf = async (exported: MonthlyNotice) => {
  const book = new ExcelJS.Workbook();
  // exceljs types `load` with an older Buffer than Node's; the bytes are the same.
  await book.xlsx.load((await noticeWorkbook(exported)) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('概况')!;
  const rows = new Map<string, unknown>();
  sheet.eachRow((row) => rows.set(String(row.getCell(1).value), row.getCell(2).value));
  return rows;
};

describe('noticeWorkbook', () => {
  it.each(NOTICE_STATUSES)('words a %s notice’s status as the notices page does', async (status) => {
    const overview = await overviewOf({ ...notice, status });
    expect(overview.get('状态')).toBe(NOTICE_STATUS_LABELS_ZH[status]);
  });

  it('says 已发布 for a published notice and 草稿 for a draft', async () => {
    expect((await overviewOf({ ...notice, status: 'PUBLISHED' })).get('状态')).toBe('已发布');
    expect((await overviewOf({ ...notice, status: 'DRAFT' })).get('状态')).toBe('草稿');
  });

  it('carries the title and the period on the overview sheet', async () => {
    const overview = await overviewOf(notice);
    expect(overview.get('标题')).toBe(notice.title);
    expect(overview.get('统计期间')).toBe(`${notice.period.from} 至 ${notice.period.to}`);
  });
});
