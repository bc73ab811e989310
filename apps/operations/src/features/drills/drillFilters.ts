import { DRILL_STATUSES } from '@duda/contract-operations';
import { defineFilters, enumFilter } from '@duda/ui';

/** The drill list's filter, kept in the URL (`?status=DONE`). */
export const drillFilters = defineFilters({
  status: enumFilter(DRILL_STATUSES, {
    label: 'operations.drills.filters.status',
    placeholder: 'operations.drills.filters.all',
    optionLabel: (status) => `operations.drills.status.${status}`,
  }),
});

/** The status tag's tone for each drill status. */
export const DRILL_TONES = {
  SCHEDULED: 'open',
  RUNNING: 'in_progress',
  DONE: 'submitted',
  EVALUATED: 'pass',
} as const;

/** Years a supervisor may look back on, newest first: this one and the four before. */
export const drillYears = (thisYear: number) => Array.from({ length: 5 }, (_, back) => thisYear - back);
