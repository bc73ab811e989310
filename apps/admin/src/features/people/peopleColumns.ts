import type { DataTableColumn } from '@duda/ui';
import type { PersonRow } from './api.ts';

/** The people table's columns; roles and status are cells of the page (tags). */
export function peopleColumns(translate: (key: string) => string): DataTableColumn<PersonRow>[] {
  const label = (key: string) => translate(`admin.people.columns.${key}`);
  return [
    { key: 'staffNo', label: label('staffNo'), width: 110, sortable: true },
    { key: 'name', label: label('name'), width: 110, sortable: true },
    { key: 'orgName', label: label('orgName'), minWidth: 150 },
    { key: 'position', label: label('position'), minWidth: 140 },
    { key: 'roles', label: label('roles'), minWidth: 160 },
    { key: 'status', label: label('status'), width: 90 },
  ];
}
