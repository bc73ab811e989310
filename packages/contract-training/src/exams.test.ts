import { describe, expect, it } from 'vitest';
import { examInputs, examPhase } from './exams.ts';

const id = '7f1c3a52-0d7b-4f4e-9a55-2b1d8c7e9f10';
const settings = {
  title: '12 月上城区笔试',
  kind: 'DISTRICT_WRITTEN',
  month: '2026-12',
  orgNodeId: id,
  paperId: id,
  target: { orgNodeIds: [id] },
  opensAt: new Date('2026-12-10T01:00:00Z'),
  closesAt: new Date('2026-12-10T03:00:00Z'),
  timeLimitMinutes: 60,
  passMark: 60,
};

describe('exam settings input', () => {
  it("fills Moodle's defaults: one attempt, highest counts, auto-submit, results after close", () => {
    expect(examInputs.create.parse(settings)).toMatchObject({
      attemptsAllowed: 1,
      gradingMethod: 'HIGHEST',
      overdueHandling: 'AUTOSUBMIT',
      graceMinutes: 0,
      reviewRule: 'AFTER_CLOSE',
      multipleChoiceScoring: 'ALL_OR_NOTHING',
      target: { orgNodeIds: [id], roles: [], personIds: [] },
    });
  });

  it('refuses an unknown role, a date that is no date, and a time limit of 0', () => {
    const bad = [
      { target: { roles: ['janitor'] } },
      { opensAt: new Date('x') },
      { opensAt: '2026-12-10' },
      { timeLimitMinutes: 0 },
      { attemptsAllowed: 11 },
    ];
    for (const change of bad)
      expect(examInputs.create.safeParse({ ...settings, ...change }).success).toBe(false);
  });
});

describe('examPhase', () => {
  const exam = { status: 'PUBLISHED' as const, opensAt: settings.opensAt, closesAt: settings.closesAt };
  it('places now in the window of a published exam', () => {
    expect(examPhase(exam, new Date('2026-12-10T00:59:59Z'))).toBe('SCHEDULED');
    expect(examPhase(exam, new Date('2026-12-10T01:00:00Z'))).toBe('OPEN');
    expect(examPhase(exam, new Date('2026-12-10T03:00:00Z'))).toBe('CLOSED');
    expect(examPhase({ ...exam, status: 'CANCELLED' }, new Date('2026-12-10T02:00:00Z'))).toBe('CANCELLED');
  });
});
