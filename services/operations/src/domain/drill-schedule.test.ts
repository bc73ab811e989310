import { describe, expect, it } from 'vitest';
import { drillDue, drillStatus } from './drill-schedule.ts';

const at = new Date('2026-05-10T01:00:00Z');

describe('a drill’s status', () => {
  it.each([
    ['not run', null, null, 'SCHEDULED'],
    ['its checklist open', { closedAt: null }, null, 'RUNNING'],
    ['its checklist closed', { closedAt: at }, null, 'DONE'],
    ['evaluated', { closedAt: at }, at, 'EVALUATED'],
  ] as const)('%s', (_case, incident, evaluatedAt, status) => {
    expect(drillStatus({ incident, evaluatedAt })).toBe(status);
  });
});

describe('when a drill is a to-do', () => {
  it.each([
    ['2026-05-20', '2026-05-10', 'LATER'],
    ['2026-05-17', '2026-05-10', 'DUE'],
    ['2026-05-10', '2026-05-10', 'DUE'],
    ['2026-05-09', '2026-05-10', 'OVERDUE'],
  ] as const)('due %s, today %s: %s', (dueOn, today, due) => {
    expect(drillDue(dueOn, today)).toBe(due);
  });
});
