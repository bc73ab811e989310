import type { DataTableColumn } from '@duda/ui';
import dayjs from 'dayjs';
import type { QuestionRow } from './api.ts';

/** Facility as a percentage, discrimination as Moodle's index; a dash until two people have answered. */
export const percent = (value: number | null) => (value === null ? '—' : `${Math.round(value * 100)}%`);
export const index = (value: number | null) => (value === null ? '—' : value.toFixed(0));

/**
 * The bank table's columns. On a phone (`compact`) the question and its type only; the stem cell then carries the
 * knowledge point on a second line.
 */
export function bankColumns(
  translate: (key: string) => string,
  compact = false,
): DataTableColumn<QuestionRow>[] {
  const label = (key: string) => translate(`training.bank.columns.${key}`);
  if (compact) {
    return [
      { key: 'stem', label: label('stem'), minWidth: 220 },
      { key: 'type', label: label('type'), width: 90 },
    ];
  }
  return [
    { key: 'stem', label: label('stem'), minWidth: 300 },
    { key: 'type', label: label('type'), width: 96 },
    { key: 'knowledgePointPath', label: label('knowledgePoint'), minWidth: 150 },
    { key: 'businessLine', label: label('businessLine'), width: 100 },
    { key: 'difficulty', label: label('difficulty'), width: 70, align: 'right' },
    { key: 'points', label: label('points'), width: 70, align: 'right', hiddenByDefault: true },
    {
      key: 'facility',
      label: label('facility'),
      width: 84,
      align: 'right',
      formatter: (row) => percent(row.facility),
    },
    {
      key: 'discrimination',
      label: label('discrimination'),
      width: 84,
      align: 'right',
      formatter: (row) => index(row.discrimination),
    },
    {
      key: 'version',
      label: label('version'),
      width: 64,
      align: 'right',
      formatter: (row) => `v${row.version}`,
    },
    { key: 'status', label: label('status'), width: 84 },
    { key: 'actions', label: label('actions'), width: 120 },
    {
      key: 'updatedAt',
      label: label('updatedAt'),
      width: 120,
      formatter: (row) => dayjs(row.updatedAt).format('YYYY-MM-DD'),
      hiddenByDefault: true,
    },
  ];
}
