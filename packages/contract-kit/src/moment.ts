// The one rule for a point in time an input names (a deadline, an exam window, a filter's bounds): a real date
// between 2000 and 2999. PostgreSQL refuses what lies far outside (SQLSTATE 22008/22009) — refused here instead,
// with the field's path, before a query runs.
import { z } from 'zod';

export const MOMENT_RANGE = {
  min: new Date('2000-01-01T00:00:00Z'),
  max: new Date('2999-12-31T00:00:00Z'),
} as const;

/** A Date (as superjson carries it) between 2000 and 2999. */
export const moment = () => z.date().min(MOMENT_RANGE.min).max(MOMENT_RANGE.max);

/** The same, also from an ISO string or a timestamp (a filter in a URL). */
export const coercedMoment = () => z.coerce.date().min(MOMENT_RANGE.min).max(MOMENT_RANGE.max);
