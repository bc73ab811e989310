import type { DataTableColumn } from '@duda/ui';
import dayjs from 'dayjs';
import type { PlanRow } from './api.ts';

/** The plans table's columns; `translate` keeps the labels in the current language. */
export function planColumns(translate: (key: string) => string): DataTableColumn<PlanRow>[] {
  const label = (key: string) => translate(`inspection.plans.columns.${key}`);
  return [
    { key: 'title', label: label('title'), minWidth: 240 },
    { key: 'scopeName', label: label('scope'), width: 130 },
    { key: 'month', label: label('month'), width: 100 },
    { key: 'status', label: label('status'), width: 100 },
    { key: 'authorName', label: label('author'), width: 100 },
    { key: 'entryCount', label: label('entries'), width: 90, align: 'right' },
    {
      key: 'updatedAt',
      label: label('updatedAt'),
      width: 150,
      hiddenByDefault: true,
      formatter: (row) => dayjs(row.updatedAt).format('YYYY-MM-DD HH:mm'),
    },
  ];
}
