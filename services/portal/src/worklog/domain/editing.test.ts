import { describe, expect, it } from 'vitest';
import { logEditing, planEditable, summaryEditable, weekEndOf, weekStartOf } from './editing.ts';

describe('work log editing (工作日志当天可改)', () => {
  it.each([
    ['2026-12-02', '2026-12-02', 'open'],
    ['2026-12-01', '2026-12-02', 'closed'],
    ['2026-11-30', '2026-12-02', 'closed'],
    ['2026-12-03', '2026-12-02', 'future'],
    ['2026-12-31', '2027-01-01', 'closed'],
  ] as const)('a log of %s on %s is %s', (day, today, expected) => {
    expect(logEditing(day, today)).toBe(expected);
  });
});

describe('weeks of the weekly report (周报)', () => {
  it.each([
    ['2026-11-30', '2026-11-30'],
    ['2026-12-02', '2026-11-30'],
    ['2026-12-06', '2026-11-30'],
    ['2026-12-07', '2026-12-07'],
    ['2027-01-01', '2026-12-28'],
  ])('%s falls in the week of Monday %s', (day, monday) => {
    expect(weekStartOf(day)).toBe(monday);
  });

  it('ends on the Sunday', () => {
    expect(weekEndOf('2026-12-28')).toBe('2027-01-03');
  });

  it.each([
    ['2026-11-22', false], // the Sunday before the week before
    ['2026-11-23', true], // the week before: next week's plan
    ['2026-11-30', true],
    ['2026-12-06', true],
    ['2026-12-07', false],
  ])('takes the plan of the week of 2026-11-30 on %s: %s', (today, expected) => {
    expect(planEditable('2026-11-30', today)).toBe(expected);
  });

  it.each([
    ['2026-11-29', false],
    ['2026-11-30', true],
    ['2026-12-06', true],
    ['2026-12-07', true], // the Monday after
    ['2026-12-08', false],
  ])('takes the summary of the week of 2026-11-30 on %s: %s', (today, expected) => {
    expect(summaryEditable('2026-11-30', today)).toBe(expected);
  });
});
