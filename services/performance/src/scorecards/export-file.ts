// HR's file of a signed-off month (Excel and CSV): one row per person — 工号, name, district, hall, role, computed
// score, adjustments, final score, grade — and the deductions with their reasons: each KPI line that lost points
// (what it measured and how much) and each adjustment with the reason given.
import ExcelJS from 'exceljs';

export interface ExportRow {
  staffNo: string;
  personName: string;
  districtName: string | null;
  hallName: string;
  role: string;
  computed: number;
  adjustmentTotal: number;
  final: number;
  grade: string;
  deductions: string;
}

const GRADE_LABELS: Record<string, string> = {
  EXCELLENT: '优秀',
  GOOD: '良好',
  PASS: '合格',
  FAIL: '不合格',
};
const ROLE_LABELS: Record<string, string> = { clerk: '营业员', hall_manager: '店面经理' };

const COLUMNS: { header: string; key: keyof ExportRow; width: number }[] = [
  { header: '工号', key: 'staffNo', width: 12 },
  { header: '姓名', key: 'personName', width: 10 },
  { header: '区县', key: 'districtName', width: 16 },
  { header: '营业厅', key: 'hallName', width: 18 },
  { header: '岗位', key: 'role', width: 10 },
  { header: '系统得分', key: 'computed', width: 10 },
  { header: '加减分', key: 'adjustmentTotal', width: 10 },
  { header: '最终得分', key: 'final', width: 10 },
  { header: '等级', key: 'grade', width: 8 },
  { header: '扣分明细', key: 'deductions', width: 80 },
];

/** The words of one row as HR reads them. */
export const displayed = (row: ExportRow): ExportRow => ({
  ...row,
  districtName: row.districtName ?? '',
  role: ROLE_LABELS[row.role] ?? row.role,
  grade: GRADE_LABELS[row.grade] ?? row.grade,
});

/** A line that lost points: `满意率 扣 6 分（92%）`; an adjustment: `加减分 -2：迟到两次`. */
export function deductionsOf(
  lines: readonly { kpiName: string; unit: string; weight: number; value: number | null; points: number }[],
  adjustments: readonly { points: number; reason: string }[],
): string {
  const lost = lines
    .filter((line) => line.points < line.weight)
    .map((line) => {
      const taken = Math.round((line.weight - line.points) * 100) / 100;
      const figure = line.value === null ? '无数据' : `${line.value}${line.unit}`;
      return `${line.kpiName} 扣 ${taken} 分（${figure}）`;
    });
  const changed = adjustments.map((adj) => `加减分 ${adj.points > 0 ? '+' : ''}${adj.points}：${adj.reason}`);
  return [...lost, ...changed].join('；');
}

export async function exportWorkbook(month: string, rows: readonly ExportRow[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '督导平台';
  const sheet = book.addWorksheet(`${month} 绩效`);
  sheet.columns = COLUMNS;
  sheet.getRow(1).font = { bold: true };
  sheet.addRows(rows.map(displayed));
  return Buffer.from(await book.xlsx.writeBuffer());
}

const csvField = (value: unknown) => {
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
};

/** RFC 4180, with a byte-order mark so Excel opens the Chinese as UTF-8. */
export function exportCsv(rows: readonly ExportRow[]): string {
  const lines = [
    COLUMNS.map((column) => column.header),
    ...rows.map(displayed).map((row) => COLUMNS.map((column) => row[column.key])),
  ];
  return `\uFEFF${lines.map((fields) => fields.map(csvField).join(',')).join('\r\n')}\r\n`;
}
