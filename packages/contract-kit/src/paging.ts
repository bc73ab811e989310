// Paging and sorting inputs every list procedure accepts, shared by the contracts so each area's list
// filters extend the same shape.
import { z } from 'zod';

export const pageInput = z.object({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(20),
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
