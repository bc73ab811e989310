import { CHECKLIST_KINDS } from '@duda/contract-inspection';
import { booleanFilter, defineFilters, enumFilter } from '@duda/ui';

const label = (key: string) => `inspection.templates.${key}`;

/** The standards list's filters, kept in the URL (`?kind=DAILY&includeRetired=1`). */
export const templateFilters = defineFilters({
  kind: enumFilter(CHECKLIST_KINDS, {
    label: label('filters.kind'),
    placeholder: label('filters.all'),
    width: 160,
    optionLabel: (kind) => label(`kinds.${kind}`),
  }),
  includeRetired: booleanFilter({ label: label('filters.retired'), control: 'switch' }),
});
