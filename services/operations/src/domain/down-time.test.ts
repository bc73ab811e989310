import { describe, expect, it } from 'vitest';
import { availability, downMinutes, downMinutesInMonth, monthMinutesSoFar } from './down-time.ts';

// Instants written in China time (+08:00), as a hall reads them.
const at = (china: string) => new Date(`${china}+08:00`);
const now = at('2026-05-15T12:00:00');

describe('down time in China time', () => {
  it.each([
    ['2026-04-10T09:00:00', '2026-04-10T11:30:00', 150],
    ['2026-04-10T23:50:00', '2026-04-11T00:20:00', 30],
    ['2026-05-15T10:00:00', null, 120],
  ] as const)('reported %s, repaired %s: %i minutes', (reported, repaired, minutes) => {
    expect(downMinutes({ reportedAt: at(reported), repairedAt: repaired ? at(repaired) : null }, now)).toBe(
      minutes,
    );
  });

  it.each([
    // A fault across the China month boundary: its March part and its April part.
    ['2026-03-31T23:00:00', '2026-04-01T01:00:00', '2026-03', 60],
    ['2026-03-31T23:00:00', '2026-04-01T01:00:00', '2026-04', 60],
    // 2026-04-01 02:00 China is still 31 March in UTC: it is April's only.
    ['2026-04-01T02:00:00', '2026-04-01T03:00:00', '2026-03', 0],
    ['2026-04-01T02:00:00', '2026-04-01T03:00:00', '2026-04', 60],
    // Unrepaired: counted until now in the current month, none in the future.
    ['2026-05-15T11:00:00', null, '2026-05', 60],
    ['2026-05-15T11:00:00', null, '2026-06', 0],
  ] as const)('reported %s, repaired %s, in %s: %i minutes', (reported, repaired, month, minutes) => {
    const fault = { reportedAt: at(reported), repairedAt: repaired ? at(repaired) : null };
    expect(downMinutesInMonth(fault, month, now)).toBe(minutes);
  });

  it.each([
    // The clerk names when the terminal stopped: the down time runs from it, across a month boundary too.
    ['2026-04-10T08:30:00', '2026-04-10T09:00:00', '2026-04-10T11:30:00', '2026-04', 180],
    ['2026-03-31T23:30:00', '2026-04-01T00:10:00', '2026-04-01T01:00:00', '2026-03', 30],
    ['2026-03-31T23:30:00', '2026-04-01T00:10:00', '2026-04-01T01:00:00', '2026-04', 60],
  ] as const)(
    'began %s, reported %s, repaired %s, in %s: %i minutes',
    (began, reported, repaired, month, minutes) => {
      const fault = { occurredAt: at(began), reportedAt: at(reported), repairedAt: at(repaired) };
      expect(downMinutesInMonth(fault, month, now)).toBe(minutes);
      expect(downMinutes(fault, now)).toBe((at(repaired).getTime() - at(began).getTime()) / 60_000);
    },
  );

  it('a past month has all its minutes, the current month those passed', () => {
    expect(monthMinutesSoFar('2026-04', now)).toBe(30 * 24 * 60);
    expect(monthMinutesSoFar('2026-05', now)).toBe((14 * 24 + 12) * 60);
    expect(monthMinutesSoFar('2026-06', now)).toBe(0);
  });

  it('availability: one of two terminals down for a day of a 30-day month', () => {
    const day = { reportedAt: at('2026-04-10T00:00:00'), repairedAt: at('2026-04-11T00:00:00') };
    expect(availability(2, [day], '2026-04', now)).toBeCloseTo(1 - 1 / 60, 10);
    expect(availability(2, [], '2026-04', now)).toBe(1);
    expect(availability(0, [], '2026-04', now)).toBeNull();
    expect(availability(2, [], '2026-06', now)).toBeNull();
  });
});
