import { describe, expect, it } from 'vitest';
import { isFutureMonth, pickedMonthOf } from './picker.ts';
import { inEveryMachineZone } from './test-support.ts';

describe('date pickers', () => {
  inEveryMachineZone(() => {
    it('reads the picked month from the local day the picker hands over', () => {
      expect(pickedMonthOf(new Date(2026, 11, 1))).toBe('2026-12');
      expect(pickedMonthOf(new Date(2026, 11, 31))).toBe('2026-12');
      expect(pickedMonthOf(new Date(2027, 0, 1))).toBe('2027-01');
    });

    it('marks months after the current one in China as future', () => {
      const now = new Date('2026-11-15T02:00:00Z');
      expect(isFutureMonth(new Date(2026, 11, 1), now)).toBe(true);
      expect(isFutureMonth(new Date(2026, 10, 1), now)).toBe(false);
      // Already December in China, still November in UTC and west of it.
      expect(isFutureMonth(new Date(2026, 11, 1), new Date('2026-11-30T20:00:00Z'))).toBe(false);
    });
  });
});
