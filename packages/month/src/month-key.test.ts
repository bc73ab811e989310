import { describe, expect, it } from 'vitest';
import {
  addMonths,
  currentMonth,
  firstDayOfMonth,
  isMonthKey,
  lastDayOfMonth,
  monthKeyOf,
  monthOf,
  monthRange,
  monthsBetween,
  nextMonth,
  previousMonth,
  yearAndMonthOf,
  MONTH_KEY_PATTERN,
} from './month-key.ts';
import { inEveryMachineZone } from './test-support.ts';

describe('month keys', () => {
  it('recognises month keys and rejects impossible months', () => {
    expect(isMonthKey('2025-03')).toBe(true);
    expect(isMonthKey('2025-12')).toBe(true);
    expect(isMonthKey('2025-13')).toBe(false);
    expect(isMonthKey('2025-00')).toBe(false);
    expect(isMonthKey('2025-3')).toBe(false);
    expect(isMonthKey('2025-03-01')).toBe(false);
    expect(MONTH_KEY_PATTERN.test(' 2025-03')).toBe(false);
  });

  it('names only months of the years 1900–2999, which the arithmetic below steps through', () => {
    // JavaScript reads a year below 100 as 19xx, and a step past 9999-12 leaves four digits: the dashboard
    // of '0009-11' and of '9999-12' failed with a 500 (found by the gateway's fuzzing suite).
    expect(isMonthKey('0009-11')).toBe(false);
    expect(isMonthKey('0000-01')).toBe(false);
    expect(isMonthKey('1899-12')).toBe(false);
    expect(isMonthKey('9999-12')).toBe(false);
    expect(isMonthKey('3000-01')).toBe(false);
    for (const month of ['1900-01', '2999-12']) {
      expect(isMonthKey(month)).toBe(true);
      expect(monthsBetween(addMonths(month, -5), month)).toHaveLength(6);
      expect(monthsBetween(month, addMonths(month, 5))).toHaveLength(6);
    }
  });

  it('builds and splits keys', () => {
    expect(monthKeyOf(2026, 1)).toBe('2026-01');
    expect(monthKeyOf(2026, 13)).toBe('2027-01');
    expect(monthKeyOf(2026, 0)).toBe('2025-12');
    expect(yearAndMonthOf('2026-09')).toEqual({ year: 2026, month: 9 });
    expect(monthOf('2025-03-15')).toBe('2025-03');
  });

  inEveryMachineZone(() => {
    it('counts the month in China time', () => {
      // 2026-11-30 20:00 UTC is already 1 December in China.
      expect(currentMonth(new Date('2026-11-30T20:00:00Z'))).toBe('2026-12');
      expect(currentMonth(new Date('2026-11-30T10:00:00Z'))).toBe('2026-11');
      expect(currentMonth(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01');
      expect(currentMonth(new Date('2026-12-31T15:59:59.999Z'))).toBe('2026-12');
    });

    it('steps between months across the year', () => {
      expect(previousMonth('2027-01')).toBe('2026-12');
      expect(previousMonth('2026-11')).toBe('2026-10');
      expect(nextMonth('2026-12')).toBe('2027-01');
      expect(nextMonth('2026-03')).toBe('2026-04');
      expect(addMonths('2026-01', -13)).toBe('2024-12');
      expect(addMonths('2026-01', 0)).toBe('2026-01');
      expect(addMonths('2025-08', 24)).toBe('2027-08');
    });

    it('lists the months between two keys, both included', () => {
      expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
      expect(monthsBetween('2026-02', '2026-02')).toEqual(['2026-02']);
      expect(monthsBetween('2026-03', '2026-02')).toEqual([]);
    });

    it('handles month lengths including leap years', () => {
      expect(firstDayOfMonth('2025-02')).toBe('2025-02-01');
      expect(lastDayOfMonth('2024-02')).toBe('2024-02-29');
      expect(lastDayOfMonth('2025-02')).toBe('2025-02-28');
      expect(lastDayOfMonth('2100-02')).toBe('2100-02-28');
      expect(lastDayOfMonth('2000-02')).toBe('2000-02-29');
      expect(lastDayOfMonth('2025-04')).toBe('2025-04-30');
      expect(lastDayOfMonth('2025-12')).toBe('2025-12-31');
    });

    it('gives the range of a month in China time', () => {
      const range = monthRange('2026-12');
      expect(range.firstDay).toBe('2026-12-01');
      expect(range.lastDay).toBe('2026-12-31');
      expect(range.start.toISOString()).toBe('2026-11-30T16:00:00.000Z');
      expect(range.end.toISOString()).toBe('2026-12-31T16:00:00.000Z');
      expect(monthRange('2024-02').end.toISOString()).toBe('2024-02-29T16:00:00.000Z');
    });
  });
});
