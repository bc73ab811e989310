import { isMonthKey } from '@duda/month';
import { RECTIFICATION_STATUSES, SEVERITIES } from '@duda/contract-inspection';
import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import type { RectificationListInput } from './api.ts';

export const DEFAULT_PAGE_SIZE = 20;

type QueryValue = LocationQuery[string] | undefined;
const single = (value: QueryValue) => (Array.isArray(value) ? value[0] : value) ?? '';

function positiveInt(value: QueryValue, fallback: number): number {
  const parsed = Number.parseInt(single(value), 10);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

function oneOf<T extends string>(values: readonly T[], value: QueryValue): T | null {
  const text = single(value);
  return (values as readonly string[]).includes(text) ? (text as T) : null;
}

/** The orders request a URL asks for. Filters live in the URL so a refresh or a shared link shows the same list. */
export function rectificationInputFrom(query: LocationQuery): RectificationListInput {
  const month = single(query.month);
  return {
    page: positiveInt(query.page, 1),
    pageSize: Math.min(positiveInt(query.pageSize, DEFAULT_PAGE_SIZE), 100),
    status: oneOf(RECTIFICATION_STATUSES, query.status),
    severity: oneOf(SEVERITIES, query.severity),
    hallId: single(query.hallId) || null,
    districtId: single(query.districtId) || null,
    month: isMonthKey(month) ? month : null,
    overdue: single(query.overdue) === '1' || null,
    toVerify: single(query.toVerify) === '1' || null,
  };
}

/** The URL query for an orders request, leaving out defaults so plain links stay plain. */
export function queryFrom(input: RectificationListInput): LocationQueryRaw {
  const query: LocationQueryRaw = {};
  for (const key of ['status', 'severity', 'hallId', 'districtId', 'month'] as const) {
    const value = input[key];
    if (value) query[key] = value;
  }
  if (input.overdue) query.overdue = '1';
  if (input.toVerify) query.toVerify = '1';
  if (input.page && input.page > 1) query.page = String(input.page);
  if (input.pageSize && input.pageSize !== DEFAULT_PAGE_SIZE) query.pageSize = String(input.pageSize);
  return query;
}

/** Whether any filter narrows the list (the empty state then says to widen it rather than that there is nothing). */
export function isFiltered(input: RectificationListInput): boolean {
  return Boolean(
    input.status ||
    input.severity ||
    input.hallId ||
    input.districtId ||
    input.month ||
    input.overdue ||
    input.toVerify,
  );
}
