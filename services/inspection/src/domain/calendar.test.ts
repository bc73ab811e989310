import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  chinaDateOf,
  daysBetween,
  endOfChinaDay,
  isCalendarDate,
  isMonthKey,
  lastDayOfMonth,
  monthLabel,
  monthOf,
} from './calendar.ts';

describe('calendar', () => {
  it('recognises month keys and rejects impossible months', () => {
    expect(isMonthKey('2025-03')).toBe(true);
    expect(isMonthKey('2025-13')).toBe(false);
    expect(isMonthKey('2025-3')).toBe(false);
  });

  it('rejects calendar dates that do not exist', () => {
    expect(isCalendarDate('2024-02-29')).toBe(true);
    expect(isCalendarDate('2025-02-29')).toBe(false);
    expect(isCalendarDate('2025-04-31')).toBe(false);
    expect(isCalendarDate('2025/04/01')).toBe(false);
  });

  it('reads the China calendar day of an instant, not the UTC one', () => {
    expect(chinaDateOf(new Date('2025-03-31T15:59:59.999Z'))).toBe('2025-03-31');
    expect(chinaDateOf(new Date('2025-03-31T16:00:00.000Z'))).toBe('2025-04-01');
  });

  it('finds the end of a China day', () => {
    expect(endOfChinaDay('2025-03-06').toISOString()).toBe('2025-03-06T15:59:59.999Z');
  });

  it('handles month lengths including leap years', () => {
    expect(lastDayOfMonth('2024-02')).toBe('2024-02-29');
    expect(lastDayOfMonth('2025-02')).toBe('2025-02-28');
    expect(lastDayOfMonth('2025-12')).toBe('2025-12-31');
  });

  it('adds days across month ends and counts days between', () => {
    expect(addCalendarDays('2025-01-30', 3)).toBe('2025-02-02');
    expect(daysBetween('2025-02-27', '2025-03-01')).toBe(2);
    expect(daysBetween('2025-03-01', '2025-02-27')).toBe(-2);
    expect(monthOf('2025-03-15')).toBe('2025-03');
  });

  it('labels months the Chinese way', () => {
    expect(monthLabel('2025-03')).toBe('2025年3月');
    expect(monthLabel('2025-11')).toBe('2025年11月');
  });
});
