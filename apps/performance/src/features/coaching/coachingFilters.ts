import { PLAN_STATUSES } from '@duda/contract-performance';
import { currentMonth, previousMonth } from '@duda/month';
import { defineFilters, enumFilter, monthFilter } from '@duda/ui';

const label = (key: string) => `performance.coaching.filters.${key}`;

/** The coaching page's: the month of shown results (the last one closed unless chosen) and whether a plan exists. */
export const boardFilters = defineFilters({
  month: monthFilter({
    label: label('month'),
    default: previousMonth(currentMonth(new Date())),
    scope: true,
  }),
  planned: enumFilter(['WITH', 'WITHOUT'] as const, {
    label: label('planned'),
    placeholder: label('all'),
    optionLabel: (value) => `performance.coaching.planned.${value}`,
  }),
});

/** The plans list's, kept in the URL (`?status=OPEN`). */
export const planFilters = defineFilters({
  status: enumFilter(PLAN_STATUSES, {
    label: label('status'),
    placeholder: label('all'),
    optionLabel: (status) => `performance.planStatus.${status}`,
  }),
});
