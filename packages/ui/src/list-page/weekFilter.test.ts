import { describe, expect, it } from 'vitest';
import { isoMondayOf, pickedWeekOf, weekFilter } from './filters.ts';

describe('weekFilter', () => {
  it('reads any day in the URL as its ISO week, a Sunday closing the week begun the Monday before', () => {
    const week = weekFilter();
    expect(week.parse('2026-11-26')).toBe('2026-11-23');
    expect(week.parse('2026-11-29')).toBe('2026-11-23');
    expect(week.parse('2026-11-23')).toBe('2026-11-23');
    expect(week.parse('')).toBeNull();
    expect(week.parse('2026-W48')).toBeUndefined();
    expect(week.write('2026-11-23')).toBe('2026-11-23');
  });

  it("takes a picker's week by its first day, Monday (Chinese) or Sunday (English)", () => {
    expect(pickedWeekOf('2026-11-23')).toBe('2026-11-23');
    expect(pickedWeekOf('2026-11-22')).toBe('2026-11-23');
    expect(isoMondayOf('2027-01-01')).toBe('2026-12-28');
  });
});
