import { describe, expect, it } from 'vitest';
import { chinaClock, triggerValues } from './warningTrigger.ts';

describe('a queue warning as the incident’s trigger', () => {
  it.each([
    ['2026-12-02T01:55:00Z', '09:55'],
    ['2026-12-01T16:05:00Z', '00:05'],
    ['2026-12-02T15:59:00.000Z', '23:59'],
  ])('reads %s on China clocks as %s', (at, clock) => {
    expect(chinaClock(at)).toBe(clock);
  });

  it('gives the message its waiting customers, open counters and time', () => {
    expect(
      triggerValues({ waitingCustomers: 17, openCounters: 4, at: new Date('2026-12-02T02:30:00Z') }),
    ).toEqual({ waiting: 17, counters: 4, at: '10:30' });
  });
});
