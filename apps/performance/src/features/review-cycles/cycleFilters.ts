import { CYCLE_STATUSES } from '@duda/contract-performance';
import { defineFilters, enumFilter } from '@duda/ui';

/** The cycles list's filters, kept in the URL (`?status=OPEN`). */
export const cycleFilters = defineFilters({
  status: enumFilter(CYCLE_STATUSES, {
    label: 'performance.reviewCycles.filters.status',
    placeholder: 'performance.reviewCycles.filters.all',
    optionLabel: (status) => `performance.reviewWords.status.${status}`,
  }),
});
