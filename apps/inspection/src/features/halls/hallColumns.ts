import type { DataTableColumn } from '@duda/ui';
import type { HallRow } from '../../api/halls.ts';

/** The halls table's columns; `translate` keeps the labels in the current language. */
export function hallColumns(translate: (key: string) => string): DataTableColumn<HallRow>[] {
  const label = (key: string) => translate(`inspection.halls.columns.${key}`);
  return [
    { key: 'code', label: label('code'), width: 120 },
    { key: 'name', label: label('name'), minWidth: 140 },
    { key: 'districtName', label: label('district'), minWidth: 120 },
    { key: 'address', label: label('address'), minWidth: 200 },
    { key: 'staffCount', label: label('staffCount'), width: 90, align: 'right' },
    { key: 'active', label: label('status'), width: 100 },
  ];
}
