import type { DataTableColumn } from '@duda/ui';
import dayjs from 'dayjs';
import type { AuditEntry } from '../shared/api.ts';

/** The audit table's columns; the action, object type and changes are cells of the page. */
export function auditColumns(translate: (key: string) => string): DataTableColumn<AuditEntry>[] {
  const label = (key: string) => translate(`admin.audit.columns.${key}`);
  return [
    {
      key: 'at',
      label: label('at'),
      width: 160,
      formatter: (row) => dayjs(row.at).format('YYYY-MM-DD HH:mm:ss'),
    },
    { key: 'actorName', label: label('actorName'), width: 100, formatter: (row) => row.actorName ?? '—' },
    { key: 'action', label: label('action'), width: 120 },
    { key: 'entityType', label: label('entityType'), width: 100 },
    { key: 'entityId', label: label('entityId'), width: 150, hiddenByDefault: true },
    { key: 'changes', label: label('changes'), minWidth: 280 },
    { key: 'requestId', label: label('requestId'), width: 150, hiddenByDefault: true },
  ];
}
