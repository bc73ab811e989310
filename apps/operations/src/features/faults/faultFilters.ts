import { FAULT_STATUSES } from '@duda/contract-operations';
import { defineFilters, enumFilter } from '@duda/ui';

/** The fault list's filters, kept in the URL (`?status=REPAIRED`). */
export const faultFilters = defineFilters({
  status: enumFilter(FAULT_STATUSES, {
    label: 'operations.faults.filters.status',
    placeholder: 'operations.faults.filters.all',
    optionLabel: (status) => `operations.faults.status.${status}`,
  }),
});

/** Down time as hours and minutes, for the `downTime` text. */
export const hoursAndMinutes = (minutes: number) => ({
  hours: Math.floor(minutes / 60),
  minutes: minutes % 60,
});
