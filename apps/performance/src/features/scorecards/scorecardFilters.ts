import { GRADES, SCORECARD_STATUSES } from '@duda/contract-performance';
import { currentMonth } from '@duda/month';
import { defineFilters, enumFilter, monthFilter, orgFilter, textFilter } from '@duda/ui';

const label = (key: string) => `performance.scorecards.filters.${key}`;

/** The scorecard list's filters, kept in the URL (`?month=2026-11&orgNodeId=…&grade=FAIL`). */
export const scorecardFilters = defineFilters({
  month: monthFilter({ label: label('month'), default: currentMonth(new Date()), scope: true }),
  orgNodeId: orgFilter({
    label: label('unit'),
    placeholder: label('all'),
    levels: ['city', 'district', 'hall'],
  }),
  status: enumFilter(SCORECARD_STATUSES, {
    label: label('status'),
    placeholder: label('all'),
    optionLabel: (status) => `performance.scorecards.status.${status}`,
  }),
  grade: enumFilter(GRADES, {
    label: label('grade'),
    placeholder: label('all'),
    optionLabel: (grade) => `performance.grade.${grade}`,
  }),
  search: textFilter({ label: label('search') }),
});
