import type { DataTableColumn } from '@duda/ui';
import dayjs from 'dayjs';
import type { NoticeRow } from './api.ts';

const when = (value: Date | string | null) => (value ? dayjs(value).format('YYYY-MM-DD HH:mm') : '—');

export function noticeColumns(translate: (key: string) => string): DataTableColumn<NoticeRow>[] {
  const label = (key: string) => translate(`inspection.notices.columns.${key}`);
  return [
    { key: 'title', label: label('title'), minWidth: 260 },
    { key: 'status', label: label('status'), width: 100 },
    { key: 'month', label: label('month'), width: 100 },
    { key: 'scopeName', label: label('scopeName'), minWidth: 140 },
    {
      key: 'publishedAt',
      label: label('publishedAt'),
      width: 160,
      formatter: (row) => when(row.publishedAt),
    },
    {
      key: 'updatedAt',
      label: label('updatedAt'),
      width: 160,
      formatter: (row) => when(row.updatedAt),
      hiddenByDefault: true,
    },
  ];
}
