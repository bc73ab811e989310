import { DEVICE_STATUSES, DEVICE_TYPES } from '@duda/contract-operations';
import { defineFilters, enumFilter, textFilter } from '@duda/ui';

/** The ledger's filters, kept in the URL (`?type=SELF_SERVICE&status=FAULTY`). */
export const deviceFilters = defineFilters({
  type: enumFilter(DEVICE_TYPES, {
    label: 'operations.devices.filters.type',
    placeholder: 'operations.devices.filters.all',
    optionLabel: (type) => `operations.devices.type.${type}`,
  }),
  status: enumFilter(DEVICE_STATUSES, {
    label: 'operations.devices.filters.status',
    placeholder: 'operations.devices.filters.all',
    optionLabel: (status) => `operations.devices.status.${status}`,
  }),
  q: textFilter({ label: 'operations.devices.filters.q' }),
});
