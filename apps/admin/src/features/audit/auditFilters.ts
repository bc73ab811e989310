import { AUDIT_ACTIONS } from '@duda/contract-org';
import { endOfChinaDay, isCalendarDate, startOfChinaDay } from '@duda/month';
import { defineFilters, enumFilter, textFilter, type FilterValues, type TextFilter } from '@duda/ui';
import type { AuditInput } from '../shared/api.ts';

const text = (key: string) => `admin.audit.filters.${key}`;

/** The objects the log records changes of. */
export const AUDIT_ENTITY_TYPES = [
  'Person',
  'Account',
  'RoleAssignment',
  'OrgNode',
  'StaffSystemId',
] as const;

/** A China calendar day (`2026-12-01`) in the URL; picked with the range picker above the table, not a field. */
const dayFilter = (): TextFilter => ({
  ...textFilter(),
  parse: (raw) => (isCalendarDate(raw.trim()) ? raw.trim() : undefined),
});

/**
 * The audit log's filters, kept in the URL: who (the person picked above the table), what, which object, and
 * the days from and to.
 */
export const auditFilters = defineFilters({
  action: enumFilter(AUDIT_ACTIONS, {
    label: text('action'),
    placeholder: text('any'),
    width: 150,
    optionLabel: (action) => `admin.auditActions.${action}`,
  }),
  entityType: enumFilter(AUDIT_ENTITY_TYPES, {
    label: text('entityType'),
    placeholder: text('any'),
    width: 120,
    optionLabel: (type) => `admin.entityTypes.${type}`,
  }),
  entityId: textFilter({ label: text('entityId'), width: 200 }),
  actorPersonId: textFilter(),
  from: dayFilter(),
  to: dayFilter(),
});

/** The filters as the service takes them: the days become instants of China time, "to" inclusive. */
export function auditFilterInput(
  filters: FilterValues<typeof auditFilters>,
): Omit<AuditInput, 'page' | 'pageSize'> {
  return {
    action: filters.action,
    entityType: filters.entityType,
    entityId: filters.entityId,
    actorPersonId: filters.actorPersonId,
    from: filters.from ? startOfChinaDay(filters.from) : null,
    to: filters.to ? endOfChinaDay(filters.to) : null,
  };
}
