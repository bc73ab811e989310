import { describe, expect, it } from 'vitest';
import { dueForReminder, reminderAtOf, reminderHorizonMs, type RemindableTask } from './reminders.ts';

/** An instant on China time (UTC+8), as people read the clock. */
const china = (local: string) => new Date(`${local}+08:00`);

const task = (t: Partial<RemindableTask> & Pick<RemindableTask, 'cadence' | 'dueAt'>): RemindableTask => ({
  status: 'OPEN',
  ...t,
});

describe('which duty tasks are due for their reminder (China time)', () => {
  const daily = task({ cadence: 'DAILY', dueAt: china('2026-12-02T18:00') });
  // 2026-12-04 is a Friday: a weekly duty due on Friday at 17:00, reminded Thursday at 09:00.
  const weekly = task({ cadence: 'WEEKLY', dueAt: china('2026-12-04T17:00') });
  // A monthly duty due on the 1st at 10:00 is reminded the last day of the month before (09:00).
  const monthly = task({ cadence: 'MONTHLY', dueAt: china('2027-01-01T10:00') });

  it.each([
    ['a daily duty two hours before', daily, '2026-12-02T16:00', false],
    ['a daily duty 61 minutes before', daily, '2026-12-02T16:59', false],
    ['a daily duty 60 minutes before', daily, '2026-12-02T17:00', true],
    ['a daily duty a minute before', daily, '2026-12-02T17:59', true],
    ['a daily duty at its due time', daily, '2026-12-02T18:00', false],
    ['a daily duty overdue', daily, '2026-12-02T19:00', false],
    ['a daily duty ticked', { ...daily, status: 'DONE' }, '2026-12-02T17:30', false],
    ['a daily duty missed', { ...daily, status: 'MISSED' }, '2026-12-02T17:30', false],
    ['a weekly duty two days before', weekly, '2026-12-02T12:00', false],
    ['a weekly duty the day before, 08:59', weekly, '2026-12-03T08:59', false],
    ['a weekly duty the day before, 09:00', weekly, '2026-12-03T09:00', true],
    ['a weekly duty on its due day', weekly, '2026-12-04T16:00', true],
    ['a weekly duty ticked', { ...weekly, status: 'DONE' }, '2026-12-03T10:00', false],
    ['a monthly duty the month before, 09:00', monthly, '2026-12-31T09:00', true],
    ['a monthly duty the month before, early', monthly, '2026-12-31T08:00', false],
    ['a monthly duty overdue', monthly, '2027-01-01T10:00', false],
  ] as const)('%s: %s → %s', (_, t, now, expected) => {
    expect(dueForReminder(t, china(now))).toBe(expected);
  });

  it('reminds a week or month duty due on its first day as soon as its task is there', () => {
    // Due Monday 10:00; the task is made Monday 00:01, after the reminder moment of Sunday 09:00.
    const monday = task({ cadence: 'WEEKLY', dueAt: china('2026-12-07T10:00') });
    expect(reminderAtOf(monday)).toEqual(china('2026-12-06T09:00'));
    expect(dueForReminder(monday, china('2026-12-07T00:01'))).toBe(true);
  });

  it('never reminds earlier than its horizon lets the job look', () => {
    for (const t of [daily, weekly, monthly, task({ cadence: 'WEEKLY', dueAt: china('2026-12-04T23:59') })])
      expect(t.dueAt.getTime() - reminderAtOf(t).getTime()).toBeLessThanOrEqual(reminderHorizonMs(t.cadence));
  });
});
