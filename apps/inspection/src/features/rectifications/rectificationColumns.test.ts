import { describe, expect, it } from 'vitest';
import type { RectificationRow } from './api.ts';
import { rectificationColumns } from './rectificationColumns.ts';

const translate = (key: string) => key.split('.').pop()!;

describe('rectification columns', () => {
  it('shows deadlines as dates', () => {
    const deadline = rectificationColumns(translate).find((column) => column.key === 'deadline')!;
    expect(deadline.formatter!({ deadline: new Date(2026, 10, 5, 23, 59) } as RectificationRow)).toBe(
      '2026-11-05',
    );
  });

  it('keeps only the item and its status on a phone', () => {
    expect(rectificationColumns(translate, true).map((column) => column.key)).toEqual([
      'itemTitle',
      'status',
    ]);
    expect(rectificationColumns(translate).length).toBeGreaterThan(5);
  });
});
