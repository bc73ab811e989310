// 立卷归档: the last step of the monthly inspection loop (docs/domain.md#archive). Once a scope's month is
// archived its inspections, rectification orders and notice are the record of that month and become read-only.
// Archiving is allowed only when the record is complete:
// - the month is over (China calendar);
// - no inspection is still a draft;
// - every rectification order of the month is closed (闭环 comes before archiving);
// - the month's notice has been published (检查通报 is part of what is filed).
import { inspectionErrors } from '@duda/contract-inspection';
import { monthTerm, type AppError } from '@duda/contract-kit';
import { chinaDateOf, lastDayOfMonth } from '@duda/month';
import type { MonthKey } from '@duda/month';
import type { InspectionStatus, NoticeStatus, RectificationStatus } from '@duda/contract-inspection';

export function assertMonthWritable(month: MonthKey, archivedMonths: readonly MonthKey[]): void {
  if (archivedMonths.includes(month)) {
    throw inspectionErrors.monthArchived({ month: monthTerm(month) });
  }
}

export type ArchiveBlockerCode =
  | 'ALREADY_ARCHIVED'
  | 'MONTH_NOT_OVER'
  | 'INSPECTION_DRAFTS'
  | 'RECTIFICATIONS_OPEN'
  | 'NOTICE_NOT_PUBLISHED';

export interface ArchiveBlocker {
  code: ArchiveBlockerCode;
  message: string;
}

const blocker = (code: ArchiveBlockerCode, error: AppError) => ({ code, message: error.message, error });

/** What the scope holds for the month, as far as archiving cares. */
export interface MonthRecord {
  month: MonthKey;
  archivedMonths: readonly MonthKey[];
  inspections: readonly { status: InspectionStatus }[];
  rectifications: readonly { status: RectificationStatus }[];
  notices: readonly { status: NoticeStatus }[];
}

/** What keeps the month from being archived, each with the error that says so. */
function blockersWithErrors(record: MonthRecord, now: Date) {
  const month = monthTerm(record.month);
  if (record.archivedMonths.includes(record.month)) {
    return [blocker('ALREADY_ARCHIVED', inspectionErrors.alreadyArchived({ month }))];
  }
  const blockers: ReturnType<typeof blocker>[] = [];
  if (chinaDateOf(now) <= lastDayOfMonth(record.month)) {
    blockers.push(blocker('MONTH_NOT_OVER', inspectionErrors.monthNotOver({ month })));
  }
  const drafts = record.inspections.filter((i) => i.status === 'DRAFT').length;
  if (drafts > 0) blockers.push(blocker('INSPECTION_DRAFTS', inspectionErrors.draftsOpen({ count: drafts })));
  const open = record.rectifications.filter((r) => r.status !== 'ACCEPTED').length;
  if (open > 0) blockers.push(blocker('RECTIFICATIONS_OPEN', inspectionErrors.ordersOpen({ count: open })));
  if (!record.notices.some((n) => n.status === 'PUBLISHED')) {
    blockers.push(blocker('NOTICE_NOT_PUBLISHED', inspectionErrors.noticeNotPublished({ month })));
  }
  return blockers;
}

export function archiveBlockers(record: MonthRecord, now: Date): ArchiveBlocker[] {
  return blockersWithErrors(record, now).map(({ code, message }) => ({ code, message }));
}

export interface MonthArchive {
  month: MonthKey;
  archivedAt: Date;
  archivedBy: string;
}

export function archiveMonth(record: MonthRecord, actorId: string, now: Date): MonthArchive {
  const blockers = blockersWithErrors(record, now);
  if (blockers.length > 0) {
    const reasons = blockers.map(({ error }) => ({ code: error.code, params: error.params }));
    throw inspectionErrors.archiveBlocked({ reasons });
  }
  return { month: record.month, archivedAt: now, archivedBy: actorId };
}
