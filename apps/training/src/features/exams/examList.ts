import { EXAM_KINDS, EXAM_STATUSES } from '@duda/contract-training';
import type { DataTableColumn } from '@duda/ui';
import { defineFilters, enumFilter, monthFilter, textFilter } from '@duda/ui';
import dayjs from 'dayjs';
import type { ExamRow } from './api.ts';

const label = (key: string) => `training.exams.filters.${key}`;

/** The exams list's filters, kept in the URL (`?month=2026-11&kind=CITY_MONTHLY`). */
export const examFilters = defineFilters({
  q: textFilter({ label: label('q'), placeholder: label('q'), width: 180 }),
  month: monthFilter({ label: label('month'), placeholder: label('all'), width: 160 }),
  kind: enumFilter(EXAM_KINDS, {
    label: label('kind'),
    placeholder: label('all'),
    width: 150,
    optionLabel: (kind) => `training.exams.kind.${kind}`,
  }),
  status: enumFilter(EXAM_STATUSES, {
    label: label('status'),
    placeholder: label('all'),
    width: 140,
    optionLabel: (status) => `training.exams.status.${status}`,
  }),
});

export const windowText = (opensAt: Date, closesAt: Date) =>
  `${dayjs(opensAt).format('MM-DD HH:mm')} ~ ${dayjs(closesAt).format('MM-DD HH:mm')}`;

export function examColumns(translate: (key: string) => string): DataTableColumn<ExamRow>[] {
  const column = (key: string) => translate(`training.exams.columns.${key}`);
  return [
    { key: 'title', label: column('title'), minWidth: 220 },
    { key: 'kind', label: column('kind'), width: 100 },
    { key: 'orgName', label: column('org'), width: 130 },
    { key: 'month', label: column('month'), width: 90 },
    { key: 'phase', label: column('phase'), width: 90 },
    {
      key: 'window',
      label: column('window'),
      width: 190,
      formatter: (row) => windowText(row.opensAt, row.closesAt),
    },
    { key: 'candidateCount', label: column('candidates'), width: 80, align: 'right' },
    { key: 'startedCount', label: column('started'), width: 80, align: 'right' },
    { key: 'submittedCount', label: column('submitted'), width: 80, align: 'right' },
  ];
}
