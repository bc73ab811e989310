import { PLAN_KINDS } from '@duda/contract-operations';
import { defineFilters, enumFilter } from '@duda/ui';

/** The plan list's filter, kept in the URL (`?kind=SYSTEM_OUTAGE`); the list is loaded whole and filtered here. */
export const planFilters = defineFilters({
  kind: enumFilter(PLAN_KINDS, {
    label: 'operations.plans.filters.kind',
    placeholder: 'operations.plans.filters.all',
    optionLabel: (kind) => `operations.plans.kind.${kind}`,
  }),
});

/** The plans of the chosen kind, or all. */
export const plansOfKind = <P extends { kind: string }>(
  plans: readonly P[],
  kind: string | null | undefined,
) => (kind ? plans.filter((plan) => plan.kind === kind) : plans);
