import type { WeeklyReportView, WorkLogView } from '@duda/contract-portal';
import type { WeeklyReport, WorkLog } from '../generated/prisma/client.ts';

export const logView = (log: WorkLog): WorkLogView => ({
  id: log.id,
  personId: log.personId,
  personName: log.personName,
  orgName: log.orgName,
  day: log.day,
  entries: log.entries,
  floorMinutes: log.floorMinutes,
  issues: log.issues,
  submittedAt: log.submittedAt,
  updatedAt: log.updatedAt,
});

export const weekView = (report: WeeklyReport): WeeklyReportView => ({
  id: report.id,
  personId: report.personId,
  personName: report.personName,
  orgName: report.orgName,
  weekStart: report.weekStart,
  plan: report.plan,
  planAt: report.planAt,
  summary: report.summary,
  summaryAt: report.summaryAt,
});
