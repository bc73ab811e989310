import { defineFilters, monthFilter } from '@duda/ui';

/** The notices list's filter, kept in the URL (`?month=2026-10&page=2`); the archive page links to it. */
export const noticeFilters = defineFilters({
  month: monthFilter({
    label: 'inspection.notices.filters.month',
    placeholder: 'inspection.notices.filters.any',
  }),
});
