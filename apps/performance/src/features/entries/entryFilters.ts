import { ENTRY_STATUSES } from '@duda/contract-performance';
import { defineFilters, enumFilter } from '@duda/ui';

/** The entries list's filters, kept in the URL (`?status=OPEN`). */
export const entryFilters = defineFilters({
  status: enumFilter(ENTRY_STATUSES, {
    label: 'performance.entries.filters.status',
    placeholder: 'performance.entries.filters.all',
    optionLabel: (status) => `performance.entries.status.${status}`,
  }),
});
