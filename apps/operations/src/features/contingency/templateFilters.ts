import { PLAN_KINDS } from '@duda/contract-operations';
import { defineFilters, enumFilter } from '@duda/ui';

/** The template list's filter, kept in the URL (`?kind=CROWDING`) and sent to the server with the page. */
export const templateFilters = defineFilters({
  kind: enumFilter(PLAN_KINDS, {
    label: 'operations.contingency.filters.kind',
    placeholder: 'operations.contingency.filters.all',
    optionLabel: (kind) => `operations.plans.kind.${kind}`,
  }),
});
