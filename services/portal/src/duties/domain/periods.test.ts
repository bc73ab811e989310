import { describe, expect, it } from 'vitest';
import {
  countsAt,
  dueAtOf,
  isMissed,
  isOverdue,
  nextOccurrenceStart,
  periodOf,
  periodsBetween,
  windowStartAtOf,
  type DueRule,
} from './periods.ts';

const rule = (r: Partial<DueRule> & Pick<DueRule, 'cadence'>): DueRule => ({
  dueDay: null,
  dueTime: '18:00',
  windowStart: null,
  ...r,
});

describe('duty periods on China time', () => {
  it.each([
    ['DAILY', '2026-12-02', '2026-12-02', '2026-12-02'],
    ['WEEKLY', '2026-12-02', '2026-11-30', '2026-12-06'], // a Wednesday: Monday to Sunday
    ['WEEKLY', '2026-12-06', '2026-11-30', '2026-12-06'], // a Sunday is the week's last day
    ['WEEKLY', '2027-01-01', '2026-12-28', '2027-01-03'], // across the year
    ['MONTHLY', '2026-02-14', '2026-02-01', '2026-02-28'],
    ['MONTHLY', '2028-02-14', '2028-02-01', '2028-02-29'], // leap year
  ] as const)('%s period of %s is %s…%s', (cadence, date, start, end) => {
    expect(periodOf(cadence, date)).toEqual({ cadence, key: `${cadence}:${start}`, start, end });
  });

  it('lists every period touching a span, in order', () => {
    expect(periodsBetween('WEEKLY', '2026-12-01', '2026-12-31').map((p) => p.start)).toEqual([
      '2026-11-30',
      '2026-12-07',
      '2026-12-14',
      '2026-12-21',
      '2026-12-28',
    ]);
    expect(periodsBetween('DAILY', '2026-12-30', '2027-01-01').map((p) => p.key)).toEqual([
      'DAILY:2026-12-30',
      'DAILY:2026-12-31',
      'DAILY:2027-01-01',
    ]);
    expect(periodsBetween('MONTHLY', '2026-12-31', '2026-12-31')).toHaveLength(1);
  });

  it.each([
    // cadence, due day, due time, a day in the period, due (UTC)
    ['DAILY', null, '09:00', '2026-12-02', '2026-12-02T01:00:00.000Z'],
    ['WEEKLY', 5, '18:00', '2026-12-02', '2026-12-04T10:00:00.000Z'], // Friday of that week
    ['MONTHLY', 3, '18:00', '2026-12-20', '2026-12-03T10:00:00.000Z'], // the monthly plan by the 3rd
    ['MONTHLY', 31, '18:00', '2026-02-10', '2026-02-28T10:00:00.000Z'], // "the last day" in a short month
  ] as const)('%s due day %s at %s, period of %s: due %s', (cadence, dueDay, dueTime, date, due) => {
    expect(dueAtOf(rule({ cadence, dueDay, dueTime }), periodOf(cadence, date)).toISOString()).toBe(due);
  });

  it('a window opens on the day of a daily duty only', () => {
    const day = periodOf('DAILY', '2026-12-02');
    expect(windowStartAtOf(rule({ cadence: 'DAILY', windowStart: '07:30' }), day)?.toISOString()).toBe(
      '2026-12-01T23:30:00.000Z',
    );
    expect(windowStartAtOf(rule({ cadence: 'DAILY' }), day)).toBeNull();
  });

  it.each([
    ['DAILY', '2026-12-02', '2026-12-03'],
    ['WEEKLY', '2026-12-02', '2026-12-07'],
    ['MONTHLY', '2026-12-02', '2027-01-01'],
  ] as const)('a %s change made on %s applies from %s (the next occurrence)', (cadence, today, from) => {
    expect(nextOccurrenceStart(cadence, today)).toBe(from);
  });

  it('an open task is missed the morning after its period, overdue after its due time', () => {
    const task = { status: 'OPEN', periodEnd: '2026-12-02', dueAt: new Date('2026-12-02T12:00:00Z') };
    expect(isMissed(task, new Date('2026-12-02T15:59:59Z'))).toBe(false); // 23:59:59 in China
    expect(isMissed(task, new Date('2026-12-02T16:00:00Z'))).toBe(true); // midnight in China
    expect(isMissed({ ...task, status: 'DONE' }, new Date('2026-12-05T00:00:00Z'))).toBe(false);
    expect(isOverdue(task, new Date('2026-12-02T11:59:00Z'))).toBe(false);
    expect(isOverdue(task, new Date('2026-12-02T12:01:00Z'))).toBe(true);
    expect(isOverdue({ ...task, status: 'DONE' }, new Date('2026-12-02T12:01:00Z'))).toBe(false);
  });

  it('evidence counts inside the period and its window, on China days', () => {
    const task = {
      periodStart: '2026-12-02',
      periodEnd: '2026-12-02',
      windowStartAt: new Date('2026-12-01T23:30:00Z'),
    };
    expect(countsAt(task, new Date('2026-12-01T23:29:00Z'))).toBe(false); // 07:29 China, before the window
    expect(countsAt(task, new Date('2026-12-01T23:30:00Z'))).toBe(true);
    expect(countsAt(task, new Date('2026-12-02T15:59:00Z'))).toBe(true); // 23:59 China
    expect(countsAt(task, new Date('2026-12-02T16:00:00Z'))).toBe(false); // the next China day
    expect(countsAt({ ...task, windowStartAt: null }, new Date('2026-12-01T16:00:00Z'))).toBe(true);
  });
});
