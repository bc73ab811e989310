// Element Plus date pickers hand over the picked day as a Date at local midnight in the browser's zone:
// its local year and month are what the user picked, whatever that zone is.
import { dayjs } from './china-time.ts';
import { currentMonth } from './month-key.ts';
import type { MonthKey } from './month-key.ts';

/** The month of the day a date picker hands over. */
export function pickedMonthOf(picked: Date): MonthKey {
  return dayjs(picked).format('YYYY-MM');
}

/** Month pickers offer nothing after the current month: there are no figures for it yet. */
export function isFutureMonth(picked: Date, now: Date = new Date()): boolean {
  return pickedMonthOf(picked) > currentMonth(now);
}
