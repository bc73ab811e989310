import type { RouterOutputs } from '@duda/api-client';
import { chinaDateOf } from '@duda/month';
import type { DataTableColumn } from '@duda/ui';

export type EntryRow = RouterOutputs['operations']['entries']['list']['items'][number];

/** The entries table's columns; `translate` keeps the labels in the current language. */
export function entryColumns(translate: (key: string) => string): DataTableColumn<EntryRow>[] {
  const label = (key: string) => translate(`operations.entries.columns.${key}`);
  return [
    { key: 'orgName', label: label('orgName'), minWidth: 140 },
    { key: 'title', label: label('title'), minWidth: 200 },
    { key: 'status', label: label('status'), width: 110 },
    {
      key: 'createdAt',
      label: label('createdAt'),
      width: 120,
      formatter: (row) => chinaDateOf(row.createdAt),
    },
  ];
}
