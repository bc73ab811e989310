// Calendar arithmetic on the halls' local calendar. Deadlines are read as "by the end of the 3rd" or
// "within 3 days", so they follow China Standard Time; China has a fixed UTC+8 offset and no daylight
// saving, which makes a constant offset exact and keeps the domain free of time-zone libraries.

/** A calendar month, `YYYY-MM`. */
export type MonthKey = string;
/** A calendar day in China Standard Time, `YYYY-MM-DD`. */
export type CalendarDate = string;

const CHINA_OFFSET_MS = 8 * 3_600_000;
export const DAY_MS = 86_400_000;
const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

export function isMonthKey(value: string): value is MonthKey {
  return MONTH_PATTERN.test(value);
}

export function isCalendarDate(value: string): value is CalendarDate {
  const match = DATE_PATTERN.exec(value);
  if (!match) return false;
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** The China calendar day an instant falls on. */
export function chinaDateOf(instant: Date): CalendarDate {
  return new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10);
}

export function monthOf(date: CalendarDate): MonthKey {
  return date.slice(0, 7);
}

export function firstDayOfMonth(month: MonthKey): CalendarDate {
  return `${month}-01`;
}

export function lastDayOfMonth(month: MonthKey): CalendarDate {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(year, monthNumber, 0)).getUTCDate();
  return `${month}-${String(lastDay).padStart(2, '0')}`;
}

/** The last millisecond of a China calendar day, as an instant. */
export function endOfChinaDay(date: CalendarDate): Date {
  return new Date(Date.parse(`${date}T00:00:00Z`) - CHINA_OFFSET_MS + DAY_MS - 1);
}

export function addCalendarDays(date: CalendarDate, days: number): CalendarDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** `2025-03` → `2025年3月`, the way notices and messages name a month. */
export function monthLabel(month: MonthKey): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return `${year}年${monthNumber}月`;
}
