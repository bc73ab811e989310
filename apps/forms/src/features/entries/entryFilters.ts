import { ENTRY_STATUSES } from '@duda/contract-forms';
import { defineFilters, enumFilter } from '@duda/ui';

/** The entries list's filters, kept in the URL (`?status=OPEN`). */
export const entryFilters = defineFilters({
  status: enumFilter(ENTRY_STATUSES, {
    label: 'forms.entries.filters.status',
    placeholder: 'forms.entries.filters.all',
    optionLabel: (status) => `forms.entries.status.${status}`,
  }),
});
