import type { DataTableSort } from './types.ts';

type ElementSortOrder = 'ascending' | 'descending';

/** Element Plus spells the order out; our API and URLs use asc/desc. */
export function toElementSort(
  sort: DataTableSort | null,
): { prop: string; order: ElementSortOrder } | undefined {
  if (!sort) return undefined;
  return { prop: sort.key, order: sort.order === 'asc' ? 'ascending' : 'descending' };
}

export function fromElementSort(event: { prop: string | null; order: string | null }): DataTableSort | null {
  if (!event.prop || !event.order) return null;
  return { key: event.prop, order: event.order === 'ascending' ? 'asc' : 'desc' };
}
