import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { InspectionsInput } from './api.ts';

type QueryValue = LocationQuery[string] | undefined;

export const DEFAULT_PAGE_SIZE = 20;
export const INSPECTION_KINDS = ['DAILY', 'SELF_CHECK', 'MONTHLY_VISIT', 'CROSS', 'MYSTERY'] as const;
export const INSPECTION_STATUSES = ['DRAFT', 'SUBMITTED'] as const;
const SORT_KEYS = ['inspectedOn', 'total'] as const;

const single = (value: QueryValue) => (Array.isArray(value) ? value[0] : value) ?? '';
const oneOf = <T extends string>(options: readonly T[], value: QueryValue): T | null =>
  (options as readonly string[]).includes(single(value)) ? (single(value) as T) : null;

function positiveInt(value: QueryValue, fallback: number): number {
  const parsed = Number.parseInt(single(value), 10);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The inspections request a URL asks for; filters live in the URL so a refresh or a shared link shows the same list. */
export function inspectionsInputFrom(query: LocationQuery): InspectionsInput {
  const sortKey = oneOf(SORT_KEYS, query.sort);
  return {
    page: positiveInt(query.page, 1),
    pageSize: Math.min(positiveInt(query.pageSize, DEFAULT_PAGE_SIZE), 100),
    hallId: single(query.hallId) || null,
    kind: oneOf(INSPECTION_KINDS, query.kind),
    status: oneOf(INSPECTION_STATUSES, query.status),
    month: MONTH.test(single(query.month)) ? single(query.month) : null,
    sort: sortKey ? { key: sortKey, order: single(query.order) === 'asc' ? 'asc' : 'desc' } : null,
  };
}

/** The URL query for a request, leaving out defaults so plain links stay plain. */
export function queryFrom(input: InspectionsInput): LocationQueryRaw {
  return {
    ...(input.hallId ? { hallId: input.hallId } : {}),
    ...(input.kind ? { kind: input.kind } : {}),
    ...(input.status ? { status: input.status } : {}),
    ...(input.month ? { month: input.month } : {}),
    ...(input.sort ? { sort: input.sort.key, order: input.sort.order } : {}),
    ...(input.page && input.page > 1 ? { page: String(input.page) } : {}),
    ...(input.pageSize && input.pageSize !== DEFAULT_PAGE_SIZE ? { pageSize: String(input.pageSize) } : {}),
  };
}
