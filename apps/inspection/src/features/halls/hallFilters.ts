import { defineFilters, orgFilter, textFilter } from '@duda/ui';

/** The halls list's filters, kept in the URL (`?q=湖滨&districtId=…`). */
export const hallFilters = defineFilters({
  q: textFilter({
    label: 'inspection.halls.filters.q',
    placeholder: 'inspection.halls.filters.qPlaceholder',
  }),
  districtId: orgFilter({ label: 'inspection.halls.filters.district', levels: ['district'] }),
});
