// 立卷归档: the last step of the monthly inspection loop (docs/domain.md#archive). Once a scope's month is
// archived its inspections, rectification orders and notice are the record of that month and become read-only.
// Archiving is allowed only when the record is complete:
// - the month is over (China calendar);
// - no inspection is still a draft;
// - every rectification order of the month is closed (闭环 comes before archiving);
// - the month's notice has been published (检查通报 is part of what is filed).
import { preconditionFailed } from '@duda/service-kit/errors';
import { chinaDateOf, lastDayOfMonth, monthLabel } from '@duda/month';
import type { MonthKey } from '@duda/month';
import type { InspectionStatus, NoticeStatus, RectificationStatus } from '@duda/contract-inspection';

export function assertMonthWritable(month: MonthKey, archivedMonths: readonly MonthKey[]): void {
  if (archivedMonths.includes(month)) {
    throw preconditionFailed(`${monthLabel(month)}的检查资料已立卷归档，不能再修改。`);
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

/** What the scope holds for the month, as far as archiving cares. */
export interface MonthRecord {
  month: MonthKey;
  archivedMonths: readonly MonthKey[];
  inspections: readonly { status: InspectionStatus }[];
  rectifications: readonly { status: RectificationStatus }[];
  notices: readonly { status: NoticeStatus }[];
}

export function archiveBlockers(record: MonthRecord, now: Date): ArchiveBlocker[] {
  const label = monthLabel(record.month);
  if (record.archivedMonths.includes(record.month)) {
    return [{ code: 'ALREADY_ARCHIVED', message: `${label}已经立卷归档。` }];
  }
  const blockers: ArchiveBlocker[] = [];
  if (chinaDateOf(now) <= lastDayOfMonth(record.month)) {
    blockers.push({ code: 'MONTH_NOT_OVER', message: `${label}尚未结束，月末之后才能归档。` });
  }
  const drafts = record.inspections.filter((i) => i.status === 'DRAFT').length;
  if (drafts > 0) {
    blockers.push({
      code: 'INSPECTION_DRAFTS',
      message: `还有 ${drafts} 份检查未提交，请提交或删除后再归档。`,
    });
  }
  const open = record.rectifications.filter((r) => r.status !== 'ACCEPTED').length;
  if (open > 0) {
    blockers.push({ code: 'RECTIFICATIONS_OPEN', message: `还有 ${open} 张整改单未闭环。` });
  }
  if (!record.notices.some((n) => n.status === 'PUBLISHED')) {
    blockers.push({ code: 'NOTICE_NOT_PUBLISHED', message: `${label}的服务检查通报尚未发布。` });
  }
  return blockers;
}

export interface MonthArchive {
  month: MonthKey;
  archivedAt: Date;
  archivedBy: string;
}

export function archiveMonth(record: MonthRecord, actorId: string, now: Date): MonthArchive {
  const blockers = archiveBlockers(record, now);
  if (blockers.length > 0) {
    throw preconditionFailed(`暂不能归档：${blockers.map((b) => b.message).join('')}`);
  }
  return { month: record.month, archivedAt: now, archivedBy: actorId };
}
