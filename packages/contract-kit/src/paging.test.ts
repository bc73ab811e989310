import { describe, expect, it } from 'vitest';
import { pageInput, sortInput } from './paging.ts';

describe('pageInput', () => {
  it('defaults to the first page of twenty', () => {
    expect(pageInput.parse({})).toEqual({ page: 1, pageSize: 20 });
  });

  it('refuses a page size above two hundred', () => {
    expect(pageInput.safeParse({ pageSize: 201 }).success).toBe(false);
  });
});

describe('sortInput', () => {
  const sort = sortInput(['name', 'hireDate'] as const);

  it('accepts a listed key in either order, or no sort at all', () => {
    expect(sort.parse({ key: 'hireDate', order: 'desc' })).toEqual({ key: 'hireDate', order: 'desc' });
    expect(sort.parse(null)).toBeNull();
  });

  it('refuses a key the list does not offer', () => {
    expect(sort.safeParse({ key: 'salary', order: 'asc' }).success).toBe(false);
  });
});
