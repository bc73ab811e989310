import { describe, expect, it } from 'vitest';
import { currentMonth, isFutureMonth, previousMonth } from './month.ts';

describe('months', () => {
  it('counts the month in China time', () => {
    // 2026-11-30 20:00 UTC is already 1 December in China.
    expect(currentMonth(new Date('2026-11-30T20:00:00Z'))).toBe('2026-12');
    expect(currentMonth(new Date('2026-11-30T10:00:00Z'))).toBe('2026-11');
  });

  it('steps back across the year', () => {
    expect(previousMonth('2027-01')).toBe('2026-12');
    expect(previousMonth('2026-11')).toBe('2026-10');
  });

  it('marks months after the current one as future', () => {
    const now = new Date('2026-11-15T02:00:00Z');
    expect(isFutureMonth(new Date(2026, 11, 1), now)).toBe(true);
    expect(isFutureMonth(new Date(2026, 10, 1), now)).toBe(false);
  });
});
