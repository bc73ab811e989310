// The time limit (办结时限) of a case by category, a city's own hours over the defaults, and when a case is past it.
import {
  DEFAULT_COMPLAINT_LIMIT_HOURS,
  type ComplaintCategory,
  type ComplaintStatus,
} from '@duda/contract-forms';

const HOUR = 3_600_000;

/** A city's hours per category where it sets them; the defaults elsewhere. */
export type LimitHours = Partial<Record<ComplaintCategory, number>>;

export const limitHoursOf = (category: ComplaintCategory, cityHours: LimitHours = {}): number =>
  cityHours[category] ?? DEFAULT_COMPLAINT_LIMIT_HOURS[category];

/** The moment a level taking the case at `from` must have closed it. */
export const dueFrom = (from: Date, category: ComplaintCategory, cityHours?: LimitHours): Date =>
  new Date(from.getTime() + limitHoursOf(category, cityHours) * HOUR);

/** An open case whose limit has come (a closed one never is). */
export const isOverdue = (c: { status: ComplaintStatus; dueAt: Date }, now: Date): boolean =>
  c.status !== 'CLOSED' && c.dueAt.getTime() <= now.getTime();
