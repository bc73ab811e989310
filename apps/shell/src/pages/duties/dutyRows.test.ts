import { describe, expect, it } from 'vitest';
import type { DutyTask } from './api.ts';
import { byCadence, canTick, percentText, progressOf, stateOf, workPageOf } from './dutyRows.ts';

const task = (t: Partial<DutyTask>): DutyTask =>
  ({
    id: 't',
    code: 'c',
    cadence: 'DAILY',
    status: 'OPEN',
    overdue: false,
    done: 0,
    target: 1,
    evidence: null,
    periodStart: '2026-12-02',
    dueAt: new Date('2026-12-02T12:00:00Z'),
    ...t,
  }) as DutyTask;

describe('duty rows', () => {
  it.each([
    [{ status: 'OPEN', overdue: false }, 'OPEN'],
    [{ status: 'OPEN', overdue: true }, 'overdue'],
    [{ status: 'DONE', overdue: false }, 'DONE'],
    [{ status: 'MISSED', overdue: false }, 'MISSED'],
  ] as const)('%o shows as %s', (t, state) => {
    expect(stateOf(task(t))).toBe(state);
  });

  it('progress never passes the target', () => {
    expect(progressOf({ done: 1, target: 2 })).toEqual({ done: 1, target: 2, percent: 50 });
    expect(progressOf({ done: 3, target: 2 })).toEqual({ done: 2, target: 2, percent: 100 });
  });

  it('only an open duty without evidence can be ticked', () => {
    expect(canTick(task({}))).toBe(true);
    expect(canTick(task({ evidence: 'DAILY_CHECK' }))).toBe(false);
    expect(canTick(task({ status: 'MISSED' }))).toBe(false);
  });

  it('an open duty completed by evidence opens the page where its work is done', () => {
    expect(workPageOf(task({ evidence: 'DAILY_CHECK' }))).toBe('/inspection/tasks');
    expect(workPageOf(task({ evidence: 'WORK_LOG' }))).toBe('/worklog');
    expect(workPageOf(task({ evidence: 'MONTHLY_REPORT' }))).toBe('/reports');
    expect(workPageOf(task({ evidence: 'MONTHLY_PLAN' }))).toBe('/forms/fill');
    expect(workPageOf(task({ evidence: 'ROSTER' }))).toBe('/forms/fill');
    expect(workPageOf(task({ evidence: 'WEEKLY_MEETING' }))).toBe('/forms/fill');
    expect(workPageOf(task({ evidence: 'EXAM_HELD' }))).toBe('/training/exams');
    expect(workPageOf(task({ evidence: 'DAILY_CHECK', status: 'DONE' }))).toBeNull();
    expect(workPageOf(task({}))).toBeNull();
  });

  it('groups daily, weekly and monthly duties, each by day and due time', () => {
    const groups = byCadence([
      task({ id: 'm', cadence: 'MONTHLY' }),
      task({ id: 'd2', periodStart: '2026-12-03' }),
      task({ id: 'd1b', dueAt: new Date('2026-12-02T13:00:00Z') }),
      task({ id: 'd1a' }),
    ]);
    expect(groups.map((g) => [g.cadence, g.tasks.map((t) => t.id)])).toEqual([
      ['DAILY', ['d1a', 'd1b', 'd2']],
      ['MONTHLY', ['m']],
    ]);
  });

  it('words a rate as a percentage', () => {
    expect(percentText(0.667)).toBe('66.7%');
    expect(percentText(null)).toBeNull();
  });
});
