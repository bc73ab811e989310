import { describe, expect, it } from 'vitest';
import { blanksIn, questionBody, questionKey, questionResponse } from './questions.ts';

describe('question content per type', () => {
  it('counts the blanks a fill-in stem marks with four or more underscores', () => {
    expect(blanksIn('营业厅 ____ 点开门，____ 点关门')).toBe(2);
    expect(blanksIn('a ___ b')).toBe(0);
  });

  it('refuses a single choice with one option and an empty option text', () => {
    expect(
      questionBody.safeParse({ type: 'SINGLE_CHOICE', options: [{ id: 'A', text: '是' }] }).success,
    ).toBe(false);
    expect(
      questionBody.safeParse({
        type: 'SINGLE_CHOICE',
        options: [
          { id: 'A', text: ' ' },
          { id: 'B', text: '否' },
        ],
      }).success,
    ).toBe(false);
  });

  it('ignores case in fill-in answers unless told otherwise', () => {
    expect(questionKey.parse({ type: 'FILL_IN', blanks: [['VIP']] })).toEqual({
      type: 'FILL_IN',
      blanks: [['VIP']],
      caseSensitive: false,
    });
  });

  it('refuses a response shaped for another type', () => {
    expect(questionResponse.safeParse({ type: 'TRUE_FALSE', choice: 'A' }).success).toBe(false);
    expect(questionResponse.safeParse({ type: 'MULTIPLE_CHOICE', choices: ['A', 'C'] }).success).toBe(true);
  });
});
