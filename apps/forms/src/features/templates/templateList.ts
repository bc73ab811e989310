import type { DataTableColumn } from '@duda/ui';
import { defineFilters, textFilter } from '@duda/ui';
import type { TemplateRow } from './api.ts';

/** The templates list's filter, kept in the URL (`?q=表1`). */
export const templateFilters = defineFilters({
  q: textFilter({ label: 'forms.templates.filters.q', placeholder: 'forms.templates.filters.qHint' }),
});

type Version = TemplateRow['versions'][number];

/** The newest version (a draft being prepared, or the one in use). */
export const latestVersion = (row: TemplateRow): Version | null => row.versions[0] ?? null;

/** The version forms are filled in now. */
export const currentVersion = (row: TemplateRow): Version | null =>
  row.versions.find((version) => version.id === row.currentVersionId) ?? null;

/** The draft a city is preparing, if any: what 设计 opens. */
export const draftVersion = (row: TemplateRow): Version | null =>
  row.versions.find((version) => version.status === 'DRAFT') ?? null;

export function templateColumns(translate: (key: string) => string): DataTableColumn<TemplateRow>[] {
  const label = (key: string) => translate(`forms.templates.columns.${key}`);
  return [
    { key: 'code', label: label('code'), width: 90 },
    { key: 'name', label: label('name'), minWidth: 180 },
    { key: 'orgName', label: label('orgName'), minWidth: 120 },
    { key: 'current', label: label('current'), width: 110 },
    { key: 'status', label: label('status'), width: 110 },
  ];
}

/** The version an editor starts from: the open draft, else the version in use (saving makes a new draft). */
export const startVersionOf = (row: Pick<TemplateRow, 'versions' | 'currentVersionId'> | undefined) =>
  row ? (draftVersion(row as TemplateRow)?.id ?? row.currentVersionId ?? row.versions[0]?.id ?? null) : null;
