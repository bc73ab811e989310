import type { HallReportView, ReportPrefill, ReportSection } from '@duda/contract-portal';
import type { HallMonthlyReport } from '../generated/prisma/client.ts';

export const reportView = (report: HallMonthlyReport): HallReportView => ({
  id: report.id,
  hallId: report.hallId,
  hallName: report.hallName,
  month: report.month,
  status: report.status,
  prefill: report.prefill as unknown as ReportPrefill,
  prefilledAt: report.prefilledAt,
  sections: report.sections as Partial<Record<ReportSection, string>>,
  authorName: report.authorName,
  submittedAt: report.submittedAt,
  updatedAt: report.updatedAt,
});
