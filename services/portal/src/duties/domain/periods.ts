// The calendar of duties (必做), on China time: which day, week (Monday to Sunday) or month a date falls in, when
// an occurrence is due, when a change to a duty takes effect, and when an unfinished task counts as missed.
import type { DutyCadence } from '@duda/contract-portal';
import {
  addCalendarDays,
  chinaDateOf,
  daysBetween,
  firstDayOfMonth,
  lastDayOfMonth,
  monthOf,
  startOfChinaDay,
  type CalendarDate,
} from '@duda/month';

export interface Period {
  cadence: DutyCadence;
  /** `<cadence>:<first day>`: with the person and the duty, the task's unique key. */
  key: string;
  start: CalendarDate;
  /** The last day, included. */
  end: CalendarDate;
}

/** ISO weekday of a China calendar day: Monday 1 … Sunday 7. */
export function isoWeekday(date: CalendarDate): number {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
}

export function periodOf(cadence: DutyCadence, date: CalendarDate): Period {
  let start: CalendarDate;
  let end: CalendarDate;
  if (cadence === 'DAILY') [start, end] = [date, date];
  else if (cadence === 'WEEKLY') {
    start = addCalendarDays(date, 1 - isoWeekday(date));
    end = addCalendarDays(start, 6);
  } else [start, end] = [firstDayOfMonth(monthOf(date)), lastDayOfMonth(monthOf(date))];
  return { cadence, key: `${cadence}:${start}`, start, end };
}

/** Every period of the cadence that has a day in `from`…`to` (both included), in order. */
export function periodsBetween(cadence: DutyCadence, from: CalendarDate, to: CalendarDate): Period[] {
  const periods: Period[] = [];
  for (
    let p = periodOf(cadence, from);
    daysBetween(p.start, to) >= 0;
    p = periodOf(cadence, addCalendarDays(p.end, 1))
  )
    periods.push(p);
  return periods;
}

/**
 * A change to a duty applies from its next occurrence: tomorrow for a daily one, next Monday for a weekly one,
 * the 1st of next month for a monthly one. The current period keeps the version its tasks were made from.
 */
export const nextOccurrenceStart = (cadence: DutyCadence, today: CalendarDate): CalendarDate =>
  addCalendarDays(periodOf(cadence, today).end, 1);

/** `HH:mm` on a China calendar day, as an instant. */
export function atChinaTime(date: CalendarDate, hhmm: string): Date {
  const [hours, minutes] = hhmm.split(':').map(Number);
  return new Date(startOfChinaDay(date).getTime() + ((hours ?? 0) * 60 + (minutes ?? 0)) * 60_000);
}

export interface DueRule {
  cadence: DutyCadence;
  /** Weekly: ISO weekday; monthly: day of the month, a short month's last day when it has fewer. */
  dueDay: number | null;
  dueTime: string;
  windowStart: string | null;
}

/** The day an occurrence is due in its period. */
export function dueDateOf(rule: DueRule, period: Period): CalendarDate {
  if (rule.cadence === 'DAILY') return period.start;
  const length = daysBetween(period.start, period.end) + 1;
  return addCalendarDays(period.start, Math.min(rule.dueDay ?? length, length) - 1);
}

export function dueAtOf(rule: DueRule, period: Period): Date {
  return atChinaTime(dueDateOf(rule, period), rule.dueTime);
}

/** From when work counts toward a daily duty (a pre-shift routine before opening); null: the whole period. */
export function windowStartAtOf(rule: DueRule, period: Period): Date | null {
  return rule.cadence === 'DAILY' && rule.windowStart !== null
    ? atChinaTime(period.start, rule.windowStart)
    : null;
}

/** A daily duty of the office tiers is not due on Saturdays and Sundays. */
export const fallsOnWeekend = (date: CalendarDate): boolean => isoWeekday(date) >= 6;

/**
 * Missed (未完成): still open once its period is over. The closing job runs each morning, so a daily task left
 * unfinished closes as missed the next morning; a weekly one on Monday, a monthly one on the 1st.
 */
export const isMissed = (task: { status: string; periodEnd: CalendarDate }, now: Date): boolean =>
  task.status === 'OPEN' && daysBetween(task.periodEnd, chinaDateOf(now)) > 0;

/** Overdue (已超时): still open after its due time, but its period is not over yet. */
export const isOverdue = (task: { status: string; dueAt: Date }, now: Date): boolean =>
  task.status === 'OPEN' && now.getTime() > task.dueAt.getTime();

/** Whether a piece of evidence at `at` falls inside the task's period and window. */
export function countsAt(
  task: { periodStart: CalendarDate; periodEnd: CalendarDate; windowStartAt: Date | null },
  at: Date,
): boolean {
  const day = chinaDateOf(at);
  if (daysBetween(task.periodStart, day) < 0 || daysBetween(day, task.periodEnd) < 0) return false;
  return task.windowStartAt === null || at.getTime() >= task.windowStartAt.getTime();
}
