import { PLAN_STATUSES, SCORED_KINDS } from '@duda/contract-inspection';
import { defineFilters, enumFilter, monthFilter } from '@duda/ui';

const label = (key: string) => `inspection.plans.filters.${key}`;

/** The plans list's filters, kept in the URL (`?month=2026-11&status=SUBMITTED&kind=CROSS`). */
export const planFilters = defineFilters({
  month: monthFilter({ label: label('month'), placeholder: label('all'), width: 180 }),
  status: enumFilter(PLAN_STATUSES, {
    label: label('status'),
    placeholder: label('all'),
    width: 180,
    optionLabel: (status) => `inspection.plans.status.${status}`,
  }),
  kind: enumFilter(SCORED_KINDS, {
    label: label('kind'),
    placeholder: label('all'),
    width: 180,
    optionLabel: (kind) => `inspection.kinds.${kind}`,
  }),
});
