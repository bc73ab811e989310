// The audit log as the admin filtered it, as an Excel file (审计日志导出): one row per entry, newest first.
import { AUDIT_EXPORT_MAX_ROWS } from '@duda/contract-org';
import type { Actor } from '@duda/authz';
import ExcelJS from 'exceljs';
import type { OrgDeps } from '../deps.ts';
import { auditQuery, type AuditFilter, type AuditView } from './audit.ts';

export interface AuditFile {
  fileName: string;
  /** The .xlsx bytes, base64 (as the other areas send generated files through tRPC). */
  base64: string;
  /** Entries written; fewer than matched when the filter matched more than one file holds. */
  rows: number;
  matched: number;
}

const COLUMNS = [
  { header: '时间', width: 20 },
  { header: '操作人', width: 12 },
  { header: '操作', width: 22 },
  { header: '对象类型', width: 16 },
  { header: '对象', width: 38 },
  { header: '修改前', width: 50 },
  { header: '修改后', width: 50 },
  { header: '请求号', width: 24 },
];

// The log is read in China, whatever the server's zone: "2026-12-01 09:30:00".
const chinaTime = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Asia/Shanghai',
  dateStyle: 'short',
  timeStyle: 'medium',
});
const json = (value: unknown) => (value === null || value === undefined ? '' : JSON.stringify(value));

export async function auditWorkbook(entries: readonly AuditView[]): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  book.creator = '督导平台';
  const sheet = book.addWorksheet('审计日志', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = COLUMNS;
  sheet.getRow(1).font = { bold: true };
  for (const e of entries) {
    sheet.addRow([
      chinaTime.format(e.at),
      e.actorName ?? '',
      e.action,
      e.entityType,
      e.entityId,
      json(e.before),
      json(e.after),
      e.requestId ?? '',
    ]);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

export async function exportAudit(deps: OrgDeps, actor: Actor, filter: AuditFilter): Promise<AuditFile> {
  const { where, view } = await auditQuery(deps, actor, filter);
  const [rows, matched] = await Promise.all([
    deps.prisma.auditEntry.findMany({ where, orderBy: { id: 'desc' }, take: AUDIT_EXPORT_MAX_ROWS }),
    deps.prisma.auditEntry.count({ where }),
  ]);
  const at = chinaTime.format(deps.now()).slice(0, 10);
  return {
    fileName: `审计日志-${at}.xlsx`,
    base64: (await auditWorkbook(rows.map(view))).toString('base64'),
    rows: rows.length,
    matched,
  };
}
