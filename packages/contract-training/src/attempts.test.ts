import { describe, expect, it } from 'vitest';
import { attemptInputs } from './attempts.ts';
import { blindLabel, markingInputs } from './marking.ts';

const attemptId = '3f2c1a9e-8b7d-4c6e-9f10-2a3b4c5d6e7f';
const save = (over: Record<string, unknown>) =>
  attemptInputs.save.safeParse({
    attemptId,
    deviceId: 'phone-of-zhao-xue',
    slot: 1,
    seq: 1,
    response: { type: 'TRUE_FALSE', value: true },
    ...over,
  }).success;

describe('the attempts inputs', () => {
  it('takes a save of a well-formed response with a sequence number PostgreSQL can store', () => {
    expect(save({})).toBe(true);
    expect(save({ seq: 2_147_483_647 })).toBe(true);
    expect(save({ seq: 2_147_483_648 })).toBe(false);
    expect(save({ seq: -1 })).toBe(false);
    expect(save({ slot: 0 })).toBe(false);
    expect(save({ response: { type: 'TRUE_FALSE', choice: 'A' } })).toBe(false);
    expect(save({ deviceId: 'short' })).toBe(false);
  });

  it('counts focus losses one at a time unless told, within reason', () => {
    expect(attemptInputs.reportFocusLoss.parse({ attemptId, deviceId: 'phone-of-zhao-xue' }).count).toBe(1);
    expect(
      attemptInputs.reportFocusLoss.safeParse({ attemptId, deviceId: 'phone-of-zhao-xue', count: 1000 })
        .success,
    ).toBe(false);
  });
});

describe('the marking inputs', () => {
  it('hides names unless asked, and never takes a negative mark', () => {
    expect(markingInputs.queue.parse({ examId: attemptId })).toMatchObject({
      filter: 'TO_MARK',
      revealNames: false,
    });
    expect(markingInputs.mark.safeParse({ attemptId, slot: 6, mark: -0.5 }).success).toBe(false);
    expect(markingInputs.regrade.parse({ examId: attemptId, questionId: attemptId }).dryRun).toBe(true);
  });

  it('labels an attempt the same for every marker, without naming anyone', () => {
    expect(blindLabel(attemptId)).toBe('3F2C1A');
  });
});
