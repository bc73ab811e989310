import type { LocationQuery, LocationQueryRaw } from 'vue-router';

type QueryValue = LocationQuery[string] | undefined;
import type { HallsInput } from '../../api/halls.ts';

export const DEFAULT_PAGE_SIZE = 20;

const single = (value: QueryValue) => (Array.isArray(value) ? value[0] : value) ?? '';

function positiveInt(value: QueryValue, fallback: number): number {
  const parsed = Number.parseInt(single(value), 10);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

/** The halls request a URL asks for. Filters live in the URL so a refresh or a shared link shows the same list. */
export function hallsInputFrom(query: LocationQuery): HallsInput {
  return {
    page: positiveInt(query.page, 1),
    pageSize: Math.min(positiveInt(query.pageSize, DEFAULT_PAGE_SIZE), 100),
    q: single(query.q).trim() || null,
    districtId: single(query.districtId) || null,
  };
}

/** The URL query for a halls request, leaving out defaults so plain links stay plain. */
export function queryFrom(input: HallsInput): LocationQueryRaw {
  return {
    ...(input.q ? { q: input.q } : {}),
    ...(input.districtId ? { districtId: input.districtId } : {}),
    ...(input.page && input.page > 1 ? { page: String(input.page) } : {}),
    ...(input.pageSize && input.pageSize !== DEFAULT_PAGE_SIZE ? { pageSize: String(input.pageSize) } : {}),
  };
}
