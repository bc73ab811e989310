import { INSPECTION_KINDS, INSPECTION_STATUSES } from '@duda/contract-inspection';
import { defineFilters, enumFilter, monthFilter, orgFilter } from '@duda/ui';

const label = (key: string) => `inspection.inspections.filters.${key}`;

/** The inspections list's filters, kept in the URL; sorting by date or score is `?sort=total&order=asc`. */
export const inspectionFilters = defineFilters({
  hallId: orgFilter({ label: label('hall'), levels: ['hall'] }),
  kind: enumFilter(INSPECTION_KINDS, {
    label: label('kind'),
    placeholder: label('all'),
    width: 180,
    optionLabel: (kind) => `inspection.kinds.${kind}`,
  }),
  month: monthFilter({ label: label('month'), placeholder: label('all'), width: 180 }),
  status: enumFilter(INSPECTION_STATUSES, {
    label: label('status'),
    placeholder: label('all'),
    width: 180,
    optionLabel: (status) => `inspection.inspections.status.${status}`,
  }),
});
