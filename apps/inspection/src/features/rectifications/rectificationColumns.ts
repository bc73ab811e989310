import type { DataTableColumn } from '@duda/ui';
import dayjs from 'dayjs';
import type { RectificationRow } from './api.ts';

const day = (value: Date | string) => dayjs(value).format('YYYY-MM-DD');

/** The orders table's columns; the item comes first so a phone shows what the problem is without scrolling. */
export function rectificationColumns(
  translate: (key: string) => string,
): DataTableColumn<RectificationRow>[] {
  const label = (key: string) => translate(`inspection.rectifications.columns.${key}`);
  return [
    { key: 'itemTitle', label: label('itemTitle'), minWidth: 220 },
    { key: 'hallName', label: label('hallName'), minWidth: 120 },
    { key: 'severity', label: label('severity'), width: 96 },
    { key: 'status', label: label('status'), width: 120 },
    { key: 'deadline', label: label('deadline'), width: 120, formatter: (row) => day(row.deadline) },
    { key: 'problem', label: label('problem'), minWidth: 200, hiddenByDefault: true },
    { key: 'attempt', label: label('attempt'), width: 90, align: 'right' },
    { key: 'verifierName', label: label('verifierName'), width: 100 },
    {
      key: 'issuedAt',
      label: label('issuedAt'),
      width: 120,
      formatter: (row) => day(row.issuedAt),
      hiddenByDefault: true,
    },
  ];
}
