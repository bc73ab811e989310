import { examInputs } from '@duda/contract-training';
import { describe, expect, it } from 'vitest';
import { newExamForm, toExamInput } from './examForm.ts';

const id = '7f1c3a52-0d7b-4f4e-9a55-2b1d8c7e9f10';

describe('the exam form', () => {
  it("starts with Moodle's defaults on the 15th, 09:00–11:00 China time", () => {
    const form = newExamForm(new Date('2026-11-23T02:00:00Z'));
    expect(form).toMatchObject({
      month: '2026-11',
      attemptsAllowed: 1,
      overdueHandling: 'AUTOSUBMIT',
      reviewRule: 'AFTER_CLOSE',
      opensAt: new Date('2026-11-15T01:00:00Z'),
      closesAt: new Date('2026-11-15T03:00:00Z'),
    });
  });

  it('sends what the contract accepts, clearing what the chosen modes do not use', () => {
    const form = {
      ...newExamForm(new Date('2026-11-23T02:00:00Z')),
      title: ' 11 月笔试 ',
      orgNodeId: id,
      paperId: id,
      graceMinutes: 10,
      reviewAt: new Date('2026-11-20T00:00:00Z'),
      retakeOfId: id,
    };
    const input = toExamInput(form);
    expect(input).toMatchObject({ title: '11 月笔试', graceMinutes: 0, reviewAt: null, retakeOfId: null });
    expect(examInputs.create.safeParse(input).success).toBe(true);
    const grace = toExamInput({
      ...form,
      overdueHandling: 'GRACE_PERIOD',
      reviewRule: 'ON_DATE',
      kind: 'RETAKE',
    });
    expect(grace).toMatchObject({ graceMinutes: 10, reviewAt: form.reviewAt, retakeOfId: id });
  });

  it('sends an unchosen paper or time so that the contract refuses it', () => {
    const now = new Date('2026-11-23T02:00:00Z');
    expect(examInputs.create.safeParse(toExamInput(newExamForm(now))).success).toBe(false);
    const noTime = toExamInput({
      ...newExamForm(now),
      orgNodeId: id,
      paperId: id,
      title: '笔试',
      opensAt: null,
    });
    expect(examInputs.create.safeParse(noTime).success).toBe(false);
    expect(examInputs.create.safeParse({ ...noTime, opensAt: newExamForm(now).opensAt }).success).toBe(true);
  });
});
