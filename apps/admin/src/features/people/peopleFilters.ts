import { ROLES, STAFF_STATUSES } from '@duda/contract-org';
import { defineFilters, enumFilter, orgFilter, textFilter } from '@duda/ui';

const text = (key: string) => `admin.people.filters.${key}`;

/** The people list's filters, kept in the URL (`?q=赵&role=clerk`); the server pages and filters. */
export const peopleFilters = defineFilters({
  q: textFilter({ label: text('q'), width: 160 }),
  orgNodeId: orgFilter({ label: text('orgNodeId'), levels: ['province', 'city', 'district', 'hall'] }),
  role: enumFilter(ROLES, {
    label: text('role'),
    placeholder: text('any'),
    width: 140,
    optionLabel: (role) => `admin.roles.${role}`,
  }),
  status: enumFilter(STAFF_STATUSES, {
    label: text('status'),
    placeholder: text('any'),
    width: 110,
    optionLabel: (status) => `admin.staffStatus.${status}`,
  }),
});
