import { INCIDENT_MODES, INCIDENT_STATUSES } from '@duda/contract-operations';
import { defineFilters, enumFilter } from '@duda/ui';

/** The incident list's filters, kept in the URL (`?mode=DRILL&status=OPEN`). */
export const incidentFilters = defineFilters({
  mode: enumFilter(INCIDENT_MODES, {
    label: 'operations.incidents.filters.mode',
    placeholder: 'operations.incidents.filters.all',
    optionLabel: (mode) => `operations.incidents.mode.${mode}`,
  }),
  status: enumFilter(INCIDENT_STATUSES, {
    label: 'operations.incidents.filters.status',
    placeholder: 'operations.incidents.filters.all',
    optionLabel: (status) => `operations.incidents.status.${status}`,
  }),
});
