import { isMonthKey } from '@duda/month';
import { INSPECTION_KINDS, INSPECTION_SORT_KEYS, INSPECTION_STATUSES } from '@duda/contract-inspection';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { InspectionsInput } from './api.ts';

type QueryValue = LocationQuery[string] | undefined;

export const DEFAULT_PAGE_SIZE = 20;

const single = (value: QueryValue) => (Array.isArray(value) ? value[0] : value) ?? '';
const oneOf = <T extends string>(options: readonly T[], value: QueryValue): T | null =>
  (options as readonly string[]).includes(single(value)) ? (single(value) as T) : null;

function positiveInt(value: QueryValue, fallback: number): number {
  const parsed = Number.parseInt(single(value), 10);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

/** The inspections request a URL asks for; filters live in the URL so a refresh or a shared link shows the same list. */
export function inspectionsInputFrom(query: LocationQuery): InspectionsInput {
  const sortKey = oneOf(INSPECTION_SORT_KEYS, query.sort);
  return {
    page: positiveInt(query.page, 1),
    pageSize: Math.min(positiveInt(query.pageSize, DEFAULT_PAGE_SIZE), 100),
    hallId: single(query.hallId) || null,
    kind: oneOf(INSPECTION_KINDS, query.kind),
    status: oneOf(INSPECTION_STATUSES, query.status),
    month: isMonthKey(single(query.month)) ? single(query.month) : null,
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
