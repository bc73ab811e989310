// When a monthly plan (月度检查计划) may be made and submitted, docs/domain.md#plans. The page runs these before
// asking the server (the month picker, the submit confirmation); the server runs them as the authority.
import { monthTerm } from '@duda/contract-kit';
import { currentMonth, type MonthKey } from '@duda/month';
import { inspectionErrors } from '../errors.ts';

/** Plans are made ahead or for the month under way (China time); a month already over is history. */
export const isPlannableMonth = (month: MonthKey, now: Date): boolean => month >= currentMonth(now);

export function assertPlannableMonth(month: MonthKey, now: Date): void {
  if (!isPlannableMonth(month, now))
    throw inspectionErrors.planMonthPast({ month: monthTerm(month) }, 'month');
}

/** A plan goes to the leader with at least one scheduled inspection (检查安排). */
export function assertPlanHasEntries(entries: readonly unknown[]): void {
  if (entries.length === 0) throw inspectionErrors.planEmpty({}, 'entries');
}
