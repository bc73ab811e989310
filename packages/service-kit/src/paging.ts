import { z } from './zod.ts';

/** Server-side paging input every list procedure accepts. */
export const pageInput = z.object({
  page: z.number().int().min(1).default(1),
  pageSize: z.number().int().min(1).max(200).default(20),
});

export type PageInput = z.infer<typeof pageInput>;

export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}

export const skipTake = ({ page, pageSize }: PageInput) => ({ skip: (page - 1) * pageSize, take: pageSize });

export const sortInput = <const K extends readonly [string, ...string[]]>(keys: K) =>
  z.object({ key: z.enum(keys), order: z.enum(['asc', 'desc']) }).nullish();
