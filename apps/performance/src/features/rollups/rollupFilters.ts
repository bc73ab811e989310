import { ROLLUP_PERIODS } from '@duda/contract-performance';
import { defineFilters, enumFilter, orgFilter, textFilter } from '@duda/ui';
import { defaultPeriod, yearsShown } from './periods.ts';

const label = (key: string) => `performance.rollups.filters.${key}`;
const opening = defaultPeriod();

/** The roll-up list's filters, kept in the URL (`?year=2026&period=Q3&orgNodeId=…`). Year and period pick the list. */
export const rollupFilters = defineFilters({
  year: enumFilter(yearsShown(), {
    label: label('year'),
    default: opening.year,
    scope: true,
    optionLabel: (year) => `performance.rollups.years.${year}`,
  }),
  period: enumFilter(ROLLUP_PERIODS, {
    label: label('period'),
    default: opening.period,
    scope: true,
    optionLabel: (period) => `performance.rollups.period.${period}`,
  }),
  orgNodeId: orgFilter({
    label: label('unit'),
    placeholder: label('all'),
    levels: ['city', 'district', 'hall'],
  }),
  search: textFilter({ label: label('search') }),
});
