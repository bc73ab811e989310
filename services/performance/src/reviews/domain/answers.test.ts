import { describe, expect, it } from 'vitest';
import { blankAnswers, checkAnswers } from './answers.ts';

const questions = [
  { key: 'q1', text: '沟通' },
  { key: 'q2', text: '辅导' },
];
const answer = (key: string, score: number | null, comment = '') => ({ key, score, comment });

describe('checkAnswers', () => {
  it.each([
    ['a complete form, in any order', [answer('q2', 4), answer('q1', 5, '好')], true, true],
    ['a draft with an empty score', [answer('q1', 5), answer('q2', null)], false, true],
    ['a submission with an empty score', [answer('q1', 5), answer('q2', null)], true, 'unanswered'],
    ['a question left out', [answer('q1', 5)], false, 'questionKeys'],
    ['a question added', [answer('q1', 5), answer('q2', 5), answer('q3', 5)], false, 'questionKeys'],
    ['a question twice', [answer('q1', 5), answer('q1', 4)], false, 'questionKeys'],
  ] as const)('%s', (_name, answers, complete, expected) => {
    const result = checkAnswers(questions, answers, complete);
    if (expected === true) {
      expect(result.ok).toBe(true);
      if (result.ok) expect(result.answers.map((a) => a.key)).toEqual(['q1', 'q2']);
    } else expect(result).toEqual({ ok: false, problem: expected });
  });

  it('a blank form has every question and nothing filled in', () => {
    expect(blankAnswers(questions)).toEqual([answer('q1', null), answer('q2', null)]);
  });
});
