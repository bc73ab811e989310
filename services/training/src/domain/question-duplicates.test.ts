import { describe, expect, it } from 'vitest';
import { duplicateRows, questionIdentity } from './question-duplicates.ts';

const q = (stem: string, type = 'TRUE_FALSE', knowledgePointId = 'kp1') => ({ type, knowledgePointId, stem });

describe('duplicate questions', () => {
  it('reads stems the same across full-width characters, spaces and case', () => {
    expect(questionIdentity(q('５G 套餐　可以  降档吗？ ok'))).toBe(
      questionIdentity(q(' 5g 套餐 可以 降档吗? OK ')),
    );
  });

  it('tells questions apart by type, knowledge point or wording', () => {
    const base = questionIdentity(q('携号转网不改变号码。'));
    expect(questionIdentity(q('携号转网不改变号码。', 'SHORT_ANSWER'))).not.toBe(base);
    expect(questionIdentity(q('携号转网不改变号码。', 'TRUE_FALSE', 'kp2'))).not.toBe(base);
    expect(questionIdentity(q('携号转网会改变号码。'))).not.toBe(base);
  });

  it('names rows that repeat the bank or an earlier row of the file, and only those', () => {
    const bank = new Set([questionIdentity(q('已在题库中的题'))]);
    const found = duplicateRows(bank, [
      { row: 2, question: q('新题甲') },
      { row: 3, question: q('已在题库中的题') },
      { row: 4, question: q('新题甲 ') },
      { row: 5, question: q('新题乙') },
      { row: 6, question: q('新题甲') },
    ]);
    expect([...found]).toEqual([
      [3, { of: 'bank' }],
      [4, { of: 'file', row: 2 }],
      [6, { of: 'file', row: 2 }],
    ]);
  });
});
