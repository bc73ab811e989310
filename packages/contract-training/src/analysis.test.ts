import { describe, expect, it } from 'vitest';
import { analysisInputs, analysisSubject } from './analysis.ts';

const id = '7f1c3a52-0d7b-4f4e-9a55-2b1d8c7e9f10';

describe('the analysis inputs', () => {
  it('take one exam, or a month and a kind, never a mixture', () => {
    expect(analysisSubject.safeParse({ examId: id }).success).toBe(true);
    expect(analysisSubject.safeParse({ month: '2026-11', kind: 'CITY_MONTHLY' }).success).toBe(true);
    expect(analysisSubject.safeParse({ examId: id, month: '2026-11' }).success).toBe(false);
    expect(analysisSubject.safeParse({ month: '2026-13', kind: 'CITY_MONTHLY' }).success).toBe(false);
    expect(analysisSubject.safeParse({ month: '2026-11', kind: 'ORAL' }).success).toBe(false);
  });

  it('want the talk written down, trimmed, within 2000 characters', () => {
    const complete = analysisInputs.completeConversation;
    expect(complete.parse({ id, notes: '  已谈话 ' }).notes).toBe('已谈话');
    expect(complete.safeParse({ id, notes: '   ' }).success).toBe(false);
    expect(complete.safeParse({ id, notes: '谈'.repeat(2001) }).success).toBe(false);
  });

  it('bound the questions asked for at once', () => {
    expect(analysisInputs.questions.safeParse({ questionIds: [] }).success).toBe(false);
    expect(analysisInputs.questions.safeParse({ questionIds: Array(201).fill(id) }).success).toBe(false);
    expect(analysisInputs.questions.safeParse({ questionIds: [id] }).success).toBe(true);
  });
});
