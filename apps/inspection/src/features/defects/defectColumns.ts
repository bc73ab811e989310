import type { DataTableColumn } from '@duda/ui';
import type { DefectEntry } from './api.ts';
import { kindsText } from './defectFilter.ts';

/** The defect library's columns; the item and how often it recurs come first, for phones. */
export function defectColumns(translate: (key: string) => string): DataTableColumn<DefectEntry>[] {
  const label = (key: string) => translate(`inspection.defects.columns.${key}`);
  return [
    { key: 'itemTitle', label: label('itemTitle'), minWidth: 200 },
    { key: 'last90Days', label: label('last90Days'), width: 90, align: 'right' },
    { key: 'isRecurring', label: label('recurring'), width: 100 },
    { key: 'occurrences', label: label('occurrences'), width: 90, align: 'right' },
    { key: 'lastSeen', label: label('lastSeen'), width: 110 },
    { key: 'sectionName', label: label('sectionName'), width: 150 },
    { key: 'openRectifications', label: label('openRectifications'), width: 120, align: 'right' },
    {
      key: 'byKind',
      label: label('byKind'),
      minWidth: 160,
      formatter: (row) =>
        kindsText(row.byKind, (kind) => translate(`inspection.defects.kinds.${kind}`)) || '—',
    },
    { key: 'last30Days', label: label('last30Days'), width: 90, align: 'right', hiddenByDefault: true },
    { key: 'firstSeen', label: label('firstSeen'), width: 110, hiddenByDefault: true },
    {
      key: 'closedRectifications',
      label: label('closedRectifications'),
      width: 120,
      align: 'right',
      hiddenByDefault: true,
    },
    { key: 'itemCode', label: label('itemCode'), width: 80, hiddenByDefault: true },
  ];
}
