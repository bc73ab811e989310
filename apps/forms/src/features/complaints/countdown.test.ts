import { describe, expect, it } from 'vitest';
import { countdownTo } from './countdown.ts';

const now = new Date('2026-12-02T02:00:00Z');

describe('the countdown to a complaint’s time limit', () => {
  it('counts the time left in days, hours and minutes', () => {
    expect(countdownTo('2026-12-03T05:30:59Z', now)).toEqual({
      overdue: false,
      days: 1,
      hours: 3,
      minutes: 30,
    });
  });

  it('counts how long it is over once the limit has come', () => {
    expect(countdownTo(new Date('2026-12-02T01:15:00Z'), now)).toEqual({
      overdue: true,
      days: 0,
      hours: 0,
      minutes: 45,
    });
    expect(countdownTo(now, now).overdue).toBe(true);
  });
});
