import { RECTIFICATION_STATUSES, SEVERITIES } from '@duda/contract-inspection';
import { booleanFilter, defineFilters, enumFilter, monthFilter, orgFilter, textFilter } from '@duda/ui';

const text = (key: string) => `inspection.rectifications.${key}`;

/**
 * The orders list's filters, kept in the URL; `?overdue=1&order=<id>` is how the dashboard's overdue list
 * links to an order, `?inspectionId=<id>` how an inspection's detail links to the orders it raised.
 */
export const rectificationFilters = defineFilters({
  status: enumFilter(RECTIFICATION_STATUSES, {
    label: text('filters.status'),
    placeholder: text('filters.any'),
    width: 140,
    optionLabel: (status) => text(`status.${status}`),
  }),
  severity: enumFilter(SEVERITIES, {
    label: text('filters.severity'),
    placeholder: text('filters.any'),
    width: 140,
    optionLabel: (severity) => text(`severity.${severity}`),
  }),
  month: monthFilter({ label: text('filters.month'), placeholder: text('filters.any') }),
  districtId: orgFilter({ label: text('filters.district'), levels: ['district'] }),
  hallId: orgFilter({ label: text('filters.hall'), levels: ['hall'] }),
  overdue: booleanFilter({ text: text('filters.overdue') }),
  toVerify: booleanFilter({ text: text('filters.toVerify') }),
  // `?inspectionId=<id>`: the orders one inspection raised, linked from its detail (shown only when set).
  inspectionId: textFilter({ label: text('filters.inspection'), width: 300 }),
});
