import { describe, expect, it } from 'vitest';
import {
  checklistProgress,
  isHigherLevel,
  minutesTaken,
  reachesDistrict,
  tickRefusal,
  type ChecklistStep,
} from './incident-checklist.ts';

const at = new Date('2026-05-10T01:00:00Z');
const steps: ChecklistStep[] = [
  { order: 1, doneAt: at, doneByName: '李强' },
  { order: 2, doneAt: null, doneByName: null },
];

describe('ticking a step', () => {
  it.each([
    ['an open step', 2, null],
    ['a step ticked already, naming who and when', 1, { refused: 'done', order: 1, by: '李强', at }],
    ['a step the plan does not have', 3, { refused: 'unknown', order: 3 }],
  ])('%s', (_case, order, refusal) => {
    expect(tickRefusal(steps, order)).toEqual(refusal);
  });
});

describe('progress', () => {
  it.each([
    [steps, { done: 1, total: 2, complete: false }],
    [[{ order: 1, doneAt: at, doneByName: 'x' }], { done: 1, total: 1, complete: true }],
    [[], { done: 0, total: 0, complete: false }],
  ])('%#', (list, progress) => {
    expect(checklistProgress(list)).toEqual(progress);
  });
});

describe('levels', () => {
  it.each([
    [1, 2, false],
    [2, 2, true],
    [3, 2, true],
  ])('level %i with the district told from %i: %s', (level, escalateAt, told) => {
    expect(reachesDistrict(level, escalateAt)).toBe(told);
  });
  it.each([
    [1, 2, true],
    [2, 2, false],
    [3, 1, false],
  ] as const)('from %i to %i: %s', (current, wanted, allowed) => {
    expect(isHigherLevel(current, wanted)).toBe(allowed);
  });
});

describe('time taken', () => {
  it.each([
    [new Date('2026-05-10T01:12:00Z'), 12],
    [new Date('2026-05-10T01:12:01Z'), 13],
    [null, null],
  ])('closed at %s: %s minutes', (closedAt, minutes) => {
    expect(minutesTaken(at, closedAt)).toBe(minutes);
  });
});
