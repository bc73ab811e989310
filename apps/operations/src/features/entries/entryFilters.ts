import { ENTRY_STATUSES } from '@duda/contract-operations';
import { defineFilters, enumFilter } from '@duda/ui';

/** The entries list's filters, kept in the URL (`?status=OPEN`). */
export const entryFilters = defineFilters({
  status: enumFilter(ENTRY_STATUSES, {
    label: 'operations.entries.filters.status',
    placeholder: 'operations.entries.filters.all',
    optionLabel: (status) => `operations.entries.status.${status}`,
  }),
});
