import type { LocationQuery, LocationQueryRaw } from 'vue-router';
import { isMonthKey } from '@duda/month';
import type { NoticeListInput } from './api.ts';

export const DEFAULT_PAGE_SIZE = 20;

const single = (value: LocationQuery[string] | undefined) => (Array.isArray(value) ? value[0] : value) ?? '';

function positiveInt(value: LocationQuery[string] | undefined, fallback: number): number {
  const parsed = Number.parseInt(single(value), 10);
  return Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

/** The notices request a URL asks for (`?month=2026-10&page=2`). */
export function noticeInputFrom(query: LocationQuery): NoticeListInput {
  const month = single(query.month);
  return {
    page: positiveInt(query.page, 1),
    pageSize: Math.min(positiveInt(query.pageSize, DEFAULT_PAGE_SIZE), 100),
    month: isMonthKey(month) ? month : null,
  };
}

export function queryFrom(input: NoticeListInput): LocationQueryRaw {
  return {
    ...(input.month ? { month: input.month } : {}),
    ...(input.page && input.page > 1 ? { page: String(input.page) } : {}),
    ...(input.pageSize && input.pageSize !== DEFAULT_PAGE_SIZE ? { pageSize: String(input.pageSize) } : {}),
  };
}
