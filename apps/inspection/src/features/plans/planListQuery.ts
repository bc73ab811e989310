import { isMonthKey } from '@duda/month';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { PlansInput } from './api.ts';
import { PLAN_STATUSES, SCORED_KINDS } from '@duda/contract-inspection';

type QueryValue = LocationQuery[string] | undefined;

export const DEFAULT_PAGE_SIZE = 20;

const single = (value: QueryValue) => (Array.isArray(value) ? value[0] : value) ?? '';
const oneOf = <T extends string>(options: readonly T[], value: QueryValue): T | null =>
  (options as readonly string[]).includes(single(value)) ? (single(value) as T) : null;

function positiveInt(value: QueryValue, fallback: number): number {
  const parsed = Number.parseInt(single(value), 10);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

/** The plans request a URL asks for; filters live in the URL so a refresh or a shared link shows the same list. */
export function plansInputFrom(query: LocationQuery): PlansInput {
  return {
    page: positiveInt(query.page, 1),
    pageSize: Math.min(positiveInt(query.pageSize, DEFAULT_PAGE_SIZE), 100),
    month: isMonthKey(single(query.month)) ? single(query.month) : null,
    status: oneOf(PLAN_STATUSES, query.status),
    kind: oneOf(SCORED_KINDS, query.kind),
  };
}

export function queryFrom(input: PlansInput): LocationQueryRaw {
  return {
    ...(input.month ? { month: input.month } : {}),
    ...(input.status ? { status: input.status } : {}),
    ...(input.kind ? { kind: input.kind } : {}),
    ...(input.page && input.page > 1 ? { page: String(input.page) } : {}),
    ...(input.pageSize && input.pageSize !== DEFAULT_PAGE_SIZE ? { pageSize: String(input.pageSize) } : {}),
  };
}
