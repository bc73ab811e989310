import type { AppealStatus } from '@duda/contract-performance';
import { describe, expect, it } from 'vitest';
import { appealDeadline, checkFiling, decisionPoints, nextStatus, type AppealAction } from './appeal.ts';

const codeOf = (run: () => unknown) => {
  try {
    run();
    return null;
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  }
};

// Assessed at 2026-11-03 10:00 China time (02:00 UTC); a 7-day window runs to the end of 2026-11-10 China time.
const shownAt = new Date('2026-11-03T02:00:00Z');

describe('appealDeadline', () => {
  it.each([
    [shownAt, 7, '2026-11-10'],
    // 23:30 UTC on 3 November is already 4 November in China: the window counts from the China day.
    [new Date('2026-11-03T23:30:00Z'), 7, '2026-11-11'],
    [shownAt, 1, '2026-11-04'],
  ])('shown %s with %i days: until %s', (at, days, until) => {
    expect(appealDeadline(at, days)).toBe(until);
  });
});

describe('checkFiling', () => {
  it.each<[string, Date | null, string, AppealStatus[], string | null]>([
    ['the result not shown yet', null, '2026-11-04T02:00:00Z', [], 'performance.appeals.notShown'],
    ['the same day', shownAt, '2026-11-03T03:00:00Z', [], null],
    ['the last minute of the last China day', shownAt, '2026-11-10T15:59:00Z', [], null],
    ['the first minute after it', shownAt, '2026-11-10T16:00:01Z', [], 'performance.appeals.windowClosed'],
    [
      'a filed appeal on the line',
      shownAt,
      '2026-11-04T02:00:00Z',
      ['FILED'],
      'performance.appeals.alreadyOpen',
    ],
    [
      'an interviewed one',
      shownAt,
      '2026-11-04T02:00:00Z',
      ['REJECTED', 'INTERVIEWED'],
      'performance.appeals.alreadyOpen',
    ],
    ['only decided ones', shownAt, '2026-11-04T02:00:00Z', ['REJECTED', 'ACCEPTED'], null],
  ])('%s', (_case, shown, now, lineStatuses, code) => {
    expect(
      codeOf(() => checkFiling({ shownAt: shown, now: new Date(now), windowDays: 7, lineStatuses })),
    ).toBe(code);
  });
});

describe('nextStatus', () => {
  it.each<[AppealStatus, AppealAction, AppealStatus | string]>([
    ['FILED', 'INTERVIEW', 'INTERVIEWED'],
    ['INTERVIEWED', 'ACCEPT', 'ACCEPTED'],
    ['INTERVIEWED', 'REJECT', 'REJECTED'],
    ['FILED', 'ACCEPT', 'performance.appeals.interviewFirst'],
    ['FILED', 'REJECT', 'performance.appeals.interviewFirst'],
    ['INTERVIEWED', 'INTERVIEW', 'performance.appeals.wrongStep'],
    ['ACCEPTED', 'REJECT', 'performance.appeals.wrongStep'],
    ['REJECTED', 'ACCEPT', 'performance.appeals.wrongStep'],
    ['ACCEPTED', 'INTERVIEW', 'performance.appeals.wrongStep'],
  ])('%s, %s → %s', (status, action, expected) => {
    let result: string;
    try {
      result = nextStatus(status, action);
    } catch (error) {
      result = (error as { code: string }).code;
    }
    expect(result).toBe(expected);
  });
});

describe('decisionPoints', () => {
  it.each<[boolean, number | null | undefined, number | null | string]>([
    [true, 3, 3],
    [true, -2, -2],
    [true, 0, 'performance.appeals.pointsRequired'],
    [true, null, 'performance.appeals.pointsRequired'],
    [true, undefined, 'performance.appeals.pointsRequired'],
    [false, 5, null],
    [false, null, null],
  ])('accept %s with %s points → %s', (accept, points, expected) => {
    let result: number | null | string;
    try {
      result = decisionPoints(accept, points);
    } catch (error) {
      result = (error as { code: string }).code;
    }
    expect(result).toBe(expected);
  });
});
