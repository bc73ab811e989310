// Months as the portal keys them: `YYYY-MM` on the China calendar, the reporting period of plans,
// dashboards, notices and archives (月度). Keys sort as strings in time order.
import { addCalendarDays, chinaDateOf, startOfChinaDay } from './calendar-date.ts';
import type { CalendarDate } from './calendar-date.ts';
import { dayjs } from './china-time.ts';

/** A calendar month, `YYYY-MM`. */
export type MonthKey = string;

/**
 * What a `month` field must match; routers' input schemas use it (message: 月份格式应为 YYYY-MM). Years
 * 1900–2999: JavaScript dates read a year below 100 as 19xx, and no reporting month is near year 9999.
 */
export const MONTH_KEY_PATTERN = /^(19\d{2}|2\d{3})-(0[1-9]|1[0-2])$/;

const MONTH_FORMAT = 'YYYY-MM';
const firstUtcDay = (month: MonthKey) => dayjs.utc(`${month}-01`);

export function isMonthKey(value: string): value is MonthKey {
  return MONTH_KEY_PATTERN.test(value);
}

/** The key of a month given by number (1–12); months past December run into the next year. */
export function monthKeyOf(year: number, month: number): MonthKey {
  return dayjs.utc(Date.UTC(year, month - 1, 1)).format(MONTH_FORMAT);
}

/** The year and the month number (1–12) of a key. */
export function yearAndMonthOf(month: MonthKey): { year: number; month: number } {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return { year, month: monthNumber };
}

/** The month of a China calendar day. */
export function monthOf(date: CalendarDate): MonthKey {
  return date.slice(0, 7);
}

/** The month it is in China at `now`, whatever the machine's time zone. */
export function currentMonth(now: Date = new Date()): MonthKey {
  return monthOf(chinaDateOf(now));
}

export function addMonths(month: MonthKey, count: number): MonthKey {
  return firstUtcDay(month).add(count, 'month').format(MONTH_FORMAT);
}

export const previousMonth = (month: MonthKey): MonthKey => addMonths(month, -1);
export const nextMonth = (month: MonthKey): MonthKey => addMonths(month, 1);

/** Every month from `from` to `to`, both included, oldest first; empty when `from` is after `to`. */
export function monthsBetween(from: MonthKey, to: MonthKey): MonthKey[] {
  const months: MonthKey[] = [];
  for (let month = from; month <= to; month = nextMonth(month)) months.push(month);
  return months;
}

export function firstDayOfMonth(month: MonthKey): CalendarDate {
  return `${month}-01`;
}

export function lastDayOfMonth(month: MonthKey): CalendarDate {
  return firstUtcDay(month).endOf('month').format('YYYY-MM-DD');
}

/** A month's days and instants in China time; `start` ≤ instant < `end` is "during the month". */
export interface MonthRange {
  firstDay: CalendarDate;
  lastDay: CalendarDate;
  /** Midnight of the first day in China. */
  start: Date;
  /** Midnight of the next month's first day in China (excluded). */
  end: Date;
}

export function monthRange(month: MonthKey): MonthRange {
  const lastDay = lastDayOfMonth(month);
  return {
    firstDay: firstDayOfMonth(month),
    lastDay,
    start: startOfChinaDay(firstDayOfMonth(month)),
    end: startOfChinaDay(addCalendarDays(lastDay, 1)),
  };
}
