// When a monthly plan (月度检查计划) may be made and submitted, docs/domain.md#plans. The page runs these before
// asking the server (the month picker, the submit confirmation); the server runs them as the authority.
import { monthTerm } from '@duda/contract-kit';
import { currentMonth, nextMonth, type MonthKey } from '@duda/month';
import { inspectionErrors } from '../errors.ts';

/**
 * The planning window (China time): the month under way and the next one. A month already over is history; a
 * month further ahead is not planned yet, since a plan names the halls' inspectors and standards of that month
 * and the team plans one month ahead (docs/domain.md#plans).
 */
export function planningWindow(now: Date): { first: MonthKey; last: MonthKey } {
  const first = currentMonth(now);
  return { first, last: nextMonth(first) };
}

export function isPlannableMonth(month: MonthKey, now: Date): boolean {
  const { first, last } = planningWindow(now);
  return month >= first && month <= last;
}

export function assertPlannableMonth(month: MonthKey, now: Date): void {
  const { first, last } = planningWindow(now);
  if (month < first) throw inspectionErrors.planMonthPast({ month: monthTerm(month) }, 'month');
  if (month > last)
    throw inspectionErrors.planMonthTooFar({ month: monthTerm(month), last: monthTerm(last) }, 'month');
}

/** A plan goes to the leader with at least one scheduled inspection (检查安排). */
export function assertPlanHasEntries(entries: readonly unknown[]): void {
  if (entries.length === 0) throw inspectionErrors.planEmpty({}, 'entries');
}
