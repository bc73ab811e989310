import { ENTRY_STATUSES } from '@duda/contract-training';
import { defineFilters, enumFilter } from '@duda/ui';

/** The entries list's filters, kept in the URL (`?status=OPEN`). */
export const entryFilters = defineFilters({
  status: enumFilter(ENTRY_STATUSES, {
    label: 'training.entries.filters.status',
    placeholder: 'training.entries.filters.all',
    optionLabel: (status) => `training.entries.status.${status}`,
  }),
});
