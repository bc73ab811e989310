// Paging and sorting inputs every list procedure accepts, shared by the contracts so each area's list
// filters extend the same shape.
import { z } from 'zod';

/**
 * The largest page a list answers: the pickers and the areas' own paging through another's list ask 200 (the
 * home inbox, which is no paged list, at most 100). More is refused with the common bad-input message (数值过大).
 */
export const PAGE_SIZE_MAX = 200;

/**
 * The last page a list may be asked for: 2,000,000 rows at the largest page, far beyond any list of the province,
 * so that a page number is never so large that its offset (page − 1) × pageSize loses integer precision and fails
 * in the database instead of being refused.
 */
export const PAGE_MAX = 10_000;

export const pageInput = z.object({
  page: z.number().int().min(1).max(PAGE_MAX).default(1),
  pageSize: z.number().int().min(1).max(PAGE_SIZE_MAX).default(20),
});

export type PageInput = z.infer<typeof pageInput>;

/** One page of a list, with the total for the pager. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const SORT_ORDERS = ['asc', 'desc'] as const;

export const sortInput = <const K extends readonly [string, ...string[]]>(keys: K) =>
  z.object({ key: z.enum(keys), order: z.enum(SORT_ORDERS) }).nullish();
