import type { DataTableColumn } from '@duda/ui';
import dayjs from 'dayjs';
import type { RectificationRow } from './api.ts';

const day = (value: Date | string) => dayjs(value).format('YYYY-MM-DD');

/**
 * The orders table's columns. On a phone (`compact`) only the item and its status fit: the item cell then
 * carries the hall and deadline on a second line.
 */
export function rectificationColumns(
  translate: (key: string) => string,
  compact = false,
): DataTableColumn<RectificationRow>[] {
  const label = (key: string) => translate(`inspection.rectifications.columns.${key}`);
  if (compact) {
    return [
      { key: 'itemTitle', label: label('itemTitle'), minWidth: 200 },
      { key: 'status', label: label('status'), width: 100 },
    ];
  }
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
