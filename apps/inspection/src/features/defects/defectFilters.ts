import { booleanFilter, defineFilters, orgFilter, textFilter } from '@duda/ui';

const label = (key: string) => `inspection.defects.filters.${key}`;

/** The defect library's filters, in the URL: the hall whose library is shown, then narrowing within it. */
export const defectFilters = defineFilters({
  hallId: orgFilter({ label: label('hall'), levels: ['hall'], scope: true }),
  q: textFilter({ label: label('q'), placeholder: label('qPlaceholder') }),
  recurringOnly: booleanFilter({ text: label('recurringOnly') }),
});
