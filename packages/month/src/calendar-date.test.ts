import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  chinaDateOf,
  daysBetween,
  endOfChinaDay,
  isCalendarDate,
  startOfChinaDay,
} from './calendar-date.ts';
import { inEveryMachineZone } from './test-support.ts';

describe('calendar days', () => {
  inEveryMachineZone(() => {
    it('rejects calendar dates that do not exist', () => {
      expect(isCalendarDate('2024-02-29')).toBe(true);
      expect(isCalendarDate('2025-02-29')).toBe(false);
      expect(isCalendarDate('2025-04-31')).toBe(false);
      expect(isCalendarDate('2025-13-01')).toBe(false);
      expect(isCalendarDate('2025/04/01')).toBe(false);
      expect(isCalendarDate('2025-4-1')).toBe(false);
    });

    it('reads the China calendar day of an instant, not the UTC or the machine one', () => {
      expect(chinaDateOf(new Date('2025-03-31T15:59:59.999Z'))).toBe('2025-03-31');
      expect(chinaDateOf(new Date('2025-03-31T16:00:00.000Z'))).toBe('2025-04-01');
      expect(chinaDateOf(new Date('2026-12-31T16:00:00.000Z'))).toBe('2027-01-01');
      // The nights the machine's own clock jumps (Los Angeles, Santiago) change nothing in China.
      expect(chinaDateOf(new Date('2026-03-08T10:30:00.000Z'))).toBe('2026-03-08');
      expect(chinaDateOf(new Date('2026-09-06T04:00:00.000Z'))).toBe('2026-09-06');
      expect(chinaDateOf(new Date('2026-09-05T15:59:59.999Z'))).toBe('2026-09-05');
    });

    it('finds the start and the end of a China day', () => {
      expect(startOfChinaDay('2025-03-06').toISOString()).toBe('2025-03-05T16:00:00.000Z');
      expect(endOfChinaDay('2025-03-06').toISOString()).toBe('2025-03-06T15:59:59.999Z');
      expect(endOfChinaDay('2024-12-31').toISOString()).toBe('2024-12-31T15:59:59.999Z');
      expect(startOfChinaDay('2026-09-06').toISOString()).toBe('2026-09-05T16:00:00.000Z');
    });

    it('adds days across month and year ends and counts days between', () => {
      expect(addCalendarDays('2025-01-30', 3)).toBe('2025-02-02');
      expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
      expect(addCalendarDays('2025-01-01', -1)).toBe('2024-12-31');
      expect(addCalendarDays('2026-03-07', 2)).toBe('2026-03-09');
      expect(daysBetween('2025-02-27', '2025-03-01')).toBe(2);
      expect(daysBetween('2025-03-01', '2025-02-27')).toBe(-2);
      expect(daysBetween('2026-03-01', '2026-04-01')).toBe(31);
      expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    });
  });
});
