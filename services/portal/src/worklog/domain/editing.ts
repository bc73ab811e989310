// When a work log (工作日志) or a weekly plan/summary (周报) may still be written, on China calendar days: a day's log
// on that day only (read-only after, so it stays what was reported then); a week's plan before the week ends,
// from the week before on; its summary during the week and on the Monday after.
import { addCalendarDays, daysBetween, type CalendarDate } from '@duda/month';

export type LogEditing = 'open' | 'closed' | 'future';

export function logEditing(day: CalendarDate, today: CalendarDate): LogEditing {
  const ahead = daysBetween(today, day);
  return ahead === 0 ? 'open' : ahead > 0 ? 'future' : 'closed';
}

/** The Monday of the week a day falls in (周一至周日). */
export function weekStartOf(day: CalendarDate): CalendarDate {
  const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
  return addCalendarDays(day, -((weekday + 6) % 7));
}

export const weekEndOf = (weekStart: CalendarDate): CalendarDate => addCalendarDays(weekStart, 6);

export function planEditable(weekStart: CalendarDate, today: CalendarDate): boolean {
  const sinceStart = daysBetween(weekStart, today);
  return sinceStart >= -7 && sinceStart <= 6;
}

export function summaryEditable(weekStart: CalendarDate, today: CalendarDate): boolean {
  const sinceStart = daysBetween(weekStart, today);
  return sinceStart >= 0 && sinceStart <= 7;
}
