import { describe, expect, it } from 'vitest';
import { PAGE_MAX, PAGE_SIZE_MAX, pageInput, sortInput } from './paging.ts';

describe('pageInput', () => {
  it('defaults to the first page of twenty', () => {
    expect(pageInput.parse({})).toEqual({ page: 1, pageSize: 20 });
  });

  it('answers up to two hundred a page and refuses more, saying the largest', () => {
    expect(pageInput.parse({ pageSize: PAGE_SIZE_MAX }).pageSize).toBe(200);
    const refused = pageInput.safeParse({ pageSize: 201 });
    expect(refused.error?.issues).toEqual([
      expect.objectContaining({ code: 'too_big', maximum: 200, path: ['pageSize'] }),
    ]);
  });

  it('refuses a page beyond the ten thousandth, whose offset no list reaches', () => {
    expect(pageInput.parse({ page: PAGE_MAX, pageSize: 200 }).page).toBe(10_000);
    for (const page of [10_001, Number.MAX_SAFE_INTEGER]) {
      expect(pageInput.safeParse({ page }).error?.issues).toEqual([
        expect.objectContaining({ code: 'too_big', maximum: 10_000, path: ['page'] }),
      ]);
    }
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
