import type { DataTableColumn } from '@duda/ui';
import type { InspectionRow } from './api.ts';

/** The inspections table's columns; `translate` keeps the labels in the current language. */
export function inspectionColumns(translate: (key: string) => string): DataTableColumn<InspectionRow>[] {
  const label = (key: string) => translate(`inspection.inspections.columns.${key}`);
  return [
    { key: 'inspectedOn', label: label('inspectedOn'), width: 120, sortable: true },
    { key: 'hallName', label: label('hall'), minWidth: 130 },
    {
      key: 'kind',
      label: label('kind'),
      width: 120,
      formatter: (row) => translate(`inspection.kinds.${row.kind}`),
    },
    { key: 'inspectorName', label: label('inspector'), width: 100 },
    { key: 'status', label: label('status'), width: 100 },
    { key: 'total', label: label('total'), width: 130, sortable: true },
    { key: 'problemCount', label: label('problems'), width: 90, align: 'right' },
  ];
}
