import { messageFor } from '@duda/contract-kit';
import { describe, expect, it } from 'vitest';
import { papersErrors, ruleFilterTerms } from './papers-errors.ts';
import { paperInputs, paperTotal } from './papers.ts';
import { trainingCatalogs } from './errors.ts';
import { questionTypeTerms } from './terms.ts';

const kp = '7f1c3a52-0d7b-4f4e-9a55-2b1d8c7e9f10';

describe('paper inputs', () => {
  it('takes half points, refuses zero, negative, thirds and more than 100', () => {
    const rule = { knowledgePointId: kp, count: 2, points: 2.5 };
    expect(paperInputs.check.parse({ rules: [rule] }).rules[0]).toEqual(rule);
    for (const points of [0, -1, 1 / 3, 100.5, Number.NaN])
      expect(paperInputs.check.safeParse({ rules: [{ ...rule, points }] }).success).toBe(false);
  });

  it('refuses a difficulty outside 1–5 and a count of 0', () => {
    const rule = { knowledgePointId: kp, count: 1, points: 1 };
    expect(paperInputs.check.safeParse({ rules: [{ ...rule, difficulty: 6 }] }).success).toBe(false);
    expect(paperInputs.check.safeParse({ rules: [{ ...rule, count: 0 }] }).success).toBe(false);
  });
});

describe('paperTotal', () => {
  it('sums slots of a fixed paper and count × points of a random one', () => {
    expect(paperTotal({ kind: 'FIXED', slots: [{ points: 2 }, { points: 3.5 }], rules: [] })).toBe(5.5);
    const rules = [
      { count: 10, points: 2 },
      { count: 4, points: 5 },
    ];
    expect(paperTotal({ kind: 'RANDOM', slots: [{ points: 9 }], rules })).toBe(40);
  });
});

describe('the shortfall message', () => {
  it('reads as the trainer expects, in both languages', () => {
    const error = papersErrors.ruleTooFew({
      rule: 2,
      point: '携号转网',
      filter: ruleFilterTerms.term('BOTH', { difficulty: 3, type: questionTypeTerms.term('SINGLE_CHOICE') }),
      available: 4,
      needed: 6,
    });
    expect(error.message).toBe('规则 2：知识点「携号转网」难度 3 的单选题只有 4 道，需要 6 道。');
    expect(messageFor(trainingCatalogs, error.code, error.params, 'en')).toBe(
      'Rule 2: knowledge point "携号转网" has only 4 Single choice questions of difficulty 3; 6 are needed.',
    );
  });
});
