// Duty reminders (必做提醒, #13 point 7): when a task still open is worth one notification to its holder.
// The templates carry no lead of their own, so the lead is a rule per cadence:
// - a daily duty: 60 minutes before its due time (an hour is enough to do a checklist or write the log, and
//   a morning routine due at 08:30 is not announced the evening before);
// - a weekly or monthly duty: at 09:00 China time the day before its due day (a visit or a report takes a
//   day to fit in, and a morning note is seen at the start of work).
// A reminder whose moment falls before the task exists (a weekly duty due on Monday) is sent as soon as the
// task is there, until the due time; after it the task is overdue and shows so, with no reminder. Pure.
import type { DutyCadence } from '@duda/contract-portal';
import { addCalendarDays, chinaDateOf } from '@duda/month';
import { atChinaTime } from './periods.ts';

export const DAILY_REMINDER_LEAD_MINUTES = 60;
/** China time, on the day before a weekly or monthly duty's due day. */
export const LONG_REMINDER_TIME = '09:00';

export interface RemindableTask {
  status: string;
  cadence: DutyCadence;
  dueAt: Date;
}

/** The moment from which the task's holder is reminded. */
export function reminderAtOf(task: Pick<RemindableTask, 'cadence' | 'dueAt'>): Date {
  if (task.cadence === 'DAILY') return new Date(task.dueAt.getTime() - DAILY_REMINDER_LEAD_MINUTES * 60_000);
  return atChinaTime(addCalendarDays(chinaDateOf(task.dueAt), -1), LONG_REMINDER_TIME);
}

/** Whether the task is due for its reminder now: still open, its reminder moment reached, not yet due. */
export function dueForReminder(task: RemindableTask, now: Date): boolean {
  return (
    task.status === 'OPEN' &&
    reminderAtOf(task).getTime() <= now.getTime() &&
    now.getTime() < task.dueAt.getTime()
  );
}

/**
 * How far ahead of now a task of the cadence can be due and already be reminded: the bound of the job's look
 * in the database, which `dueForReminder` then decides exactly. A weekly duty due at 23:59 is reminded from
 * 09:00 the day before: under 39 hours.
 */
export function reminderHorizonMs(cadence: DutyCadence): number {
  return cadence === 'DAILY' ? DAILY_REMINDER_LEAD_MINUTES * 60_000 : 39 * 3_600_000;
}
