import { PAPER_KINDS, PAPER_STATUSES } from '@duda/contract-training';
import type { DataTableColumn } from '@duda/ui';
import { defineFilters, enumFilter, textFilter } from '@duda/ui';
import dayjs from 'dayjs';
import type { PaperRow } from './api.ts';

const label = (key: string) => `training.papers.filters.${key}`;

/** The papers list's filters, kept in the URL (`?kind=RANDOM&status=DRAFT`). */
export const paperFilters = defineFilters({
  q: textFilter({ label: label('q'), placeholder: label('q'), width: 200 }),
  kind: enumFilter(PAPER_KINDS, {
    label: label('kind'),
    placeholder: label('all'),
    width: 160,
    optionLabel: (kind) => `training.papers.kind.${kind}`,
  }),
  status: enumFilter(PAPER_STATUSES, {
    label: label('status'),
    placeholder: label('all'),
    width: 160,
    optionLabel: (status) => `training.papers.status.${status}`,
  }),
});

export function paperColumns(translate: (key: string) => string): DataTableColumn<PaperRow>[] {
  const column = (key: string) => translate(`training.papers.columns.${key}`);
  return [
    { key: 'title', label: column('title'), minWidth: 240 },
    { key: 'kind', label: column('kind'), width: 110 },
    { key: 'status', label: column('status'), width: 100 },
    { key: 'questionCount', label: column('questions'), width: 80, align: 'right' },
    { key: 'totalPoints', label: column('total'), width: 80, align: 'right' },
    { key: 'examCount', label: column('exams'), width: 100, align: 'right' },
    {
      key: 'updatedAt',
      label: column('updatedAt'),
      width: 150,
      formatter: (row) => dayjs(row.updatedAt).format('YYYY-MM-DD HH:mm'),
    },
  ];
}
