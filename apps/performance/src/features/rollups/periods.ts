// The periods the roll-up page offers, from the one month module: the last five years, and by default the quarter
// of last month — the latest month that may be signed off (the month under way never is).
import { ROLLUP_PERIODS, type RollupPeriod } from '@duda/contract-performance';
import { addMonths, currentMonth, yearAndMonthOf } from '@duda/month';

export const YEARS_SHOWN = 5;

/** The quarter (or year) and year a list opens on, by today. */
export function defaultPeriod(now: Date = new Date()): { year: string; period: RollupPeriod } {
  const { year, month } = yearAndMonthOf(addMonths(currentMonth(now), -1));
  return { year: String(year), period: ROLLUP_PERIODS[Math.floor((month - 1) / 3)]! };
}

/** This year and the four before it, newest first, as the filter's options (strings: they travel in the URL). */
export function yearsShown(now: Date = new Date()): string[] {
  const { year } = yearAndMonthOf(currentMonth(now));
  return Array.from({ length: YEARS_SHOWN }, (_, back) => String(year - back));
}
