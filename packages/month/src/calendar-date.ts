// Calendar days (`YYYY-MM-DD`) on the China calendar. Deadlines read "by the end of the 3rd" or "within
// 3 days", so they are counted in days of that calendar. Day arithmetic runs on UTC midnights, where a
// day is always 24 hours, so the machine's zone and its daylight saving never shift a date.
import { CHINA_TIME_ZONE, dayjs } from './china-time.ts';

/** A calendar day in China Standard Time, `YYYY-MM-DD`. */
export type CalendarDate = string;

export const DAY_MS = 86_400_000;
export const CALENDAR_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;

const DATE_FORMAT = 'YYYY-MM-DD';
const utcDay = (date: CalendarDate) => dayjs.utc(date);

/** `YYYY-MM-DD` and a day that exists (no 2025-02-29, no 2025-04-31). */
export function isCalendarDate(value: string): value is CalendarDate {
  return CALENDAR_DATE_PATTERN.test(value) && utcDay(value).format(DATE_FORMAT) === value;
}

/** The China calendar day an instant falls on. */
export function chinaDateOf(instant: Date): CalendarDate {
  return dayjs(instant).tz(CHINA_TIME_ZONE).format(DATE_FORMAT);
}

/** The first instant (midnight) of a China calendar day. */
export function startOfChinaDay(date: CalendarDate): Date {
  return dayjs.tz(date, CHINA_TIME_ZONE).toDate();
}

/** The last millisecond of a China calendar day: a deadline "by the end of" that day. */
export function endOfChinaDay(date: CalendarDate): Date {
  return new Date(startOfChinaDay(addCalendarDays(date, 1)).getTime() - 1);
}

export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return utcDay(date).add(days, 'day').format(DATE_FORMAT);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return utcDay(to).diff(utcDay(from), 'day');
}
