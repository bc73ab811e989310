import { STAFF_ID_STATUSES, type StaffIdStatus } from '@duda/contract-org';
import { defineFilters, enumFilter, orgFilter, textFilter, type DataTableColumn } from '@duda/ui';
import type { StaffIdRow } from './api.ts';

const text = (key: string) => `admin.staffIds.filters.${key}`;

/** The list's filters, kept in the URL (`?q=CRM&status=suspended`); the server pages and filters. */
export const staffIdFilters = defineFilters({
  q: textFilter({ label: text('q'), width: 180 }),
  orgNodeId: orgFilter({ label: text('orgNodeId'), levels: ['province', 'city', 'district', 'hall'] }),
  status: enumFilter(STAFF_ID_STATUSES, {
    label: text('status'),
    placeholder: text('any'),
    width: 110,
    optionLabel: (status) => `admin.staffIds.status.${status}`,
  }),
});

/** The tag tone of a staff ID's status: 已发放 green, 已暂停 amber, 已注销 grey. */
export const staffIdTone = {
  issued: 'pass',
  suspended: 'pending',
  revoked: 'archived',
} as const satisfies Record<StaffIdStatus, string>;

/** What can be done with an ID in its status (the service refuses the rest too). */
export const staffIdActions = (status: StaffIdStatus) => ({
  suspend: status === 'issued',
  restore: status === 'suspended',
  revoke: status !== 'revoked',
});

export function staffIdColumns(translate: (key: string) => string): DataTableColumn<StaffIdRow>[] {
  const label = (key: string) => translate(`admin.staffIds.columns.${key}`);
  return [
    { key: 'system', label: label('system'), width: 110 },
    { key: 'loginId', label: label('loginId'), width: 140 },
    { key: 'holder', label: label('holder'), minWidth: 150 },
    { key: 'orgName', label: label('orgName'), minWidth: 140 },
    { key: 'status', label: label('status'), width: 90 },
    { key: 'dates', label: label('dates'), minWidth: 170 },
    { key: 'reason', label: label('reason'), minWidth: 140 },
    { key: 'actions', label: label('actions'), width: 170 },
  ];
}
