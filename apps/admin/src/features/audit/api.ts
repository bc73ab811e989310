import { api, saveGeneratedFile } from '@duda/api-client';
import type { RouterInputs } from '@duda/api-client';

export type AuditExportInput = RouterInputs['org']['admin']['auditExport'];

/** Writes the filtered log to an .xlsx file the browser saves; says how many rows it wrote of how many matched. */
export async function exportAudit(filter: AuditExportInput): Promise<{ rows: number; matched: number }> {
  const file = await api.org.admin.auditExport.query(filter);
  saveGeneratedFile(file);
  return { rows: file.rows, matched: file.matched };
}

/** For the person filter: a few people of the admin's scope by name or 工号. */
export const searchPeople = (q: string) => api.org.people.search.query({ q, limit: 20 });
