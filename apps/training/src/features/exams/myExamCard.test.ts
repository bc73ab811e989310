import { describe, expect, it } from 'vitest';
import { cardAction, type MyExamState } from './myExamCard.ts';

const exam: MyExamState = {
  phase: 'OPEN',
  progress: 'NOT_STARTED',
  canStart: true,
  attemptsUsed: 0,
  attemptsAllowed: 1,
};

describe('cardAction', () => {
  it('starts, or resumes an attempt under way, while the exam is open', () => {
    expect(cardAction(exam)).toEqual({ kind: 'start', enabled: true });
    expect(cardAction({ ...exam, progress: 'IN_PROGRESS' })).toEqual({ kind: 'resume', enabled: true });
  });

  it('says why it cannot start otherwise', () => {
    expect(cardAction({ ...exam, canStart: false, phase: 'SCHEDULED' })).toEqual({
      kind: 'notOpen',
      enabled: false,
    });
    expect(cardAction({ ...exam, canStart: false, attemptsUsed: 1 })).toEqual({
      kind: 'noAttemptsLeft',
      enabled: false,
    });
    expect(cardAction({ ...exam, canStart: false, phase: 'CLOSED' })).toEqual({
      kind: 'closed',
      enabled: false,
    });
  });
});
