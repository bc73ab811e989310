import { describe, expect, it } from 'vitest';
import { candidatesOf, matchRules, ruleShortfalls, type CandidateQuestion } from './paper-rules.ts';

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i + 1}`);

describe('candidatesOf', () => {
  const bank: CandidateQuestion[] = [
    { questionId: 'a', knowledgePointId: 'parent', difficulty: 3, type: 'SINGLE_CHOICE' },
    { questionId: 'b', knowledgePointId: 'child', difficulty: 3, type: 'SINGLE_CHOICE' },
    { questionId: 'c', knowledgePointId: 'child', difficulty: 2, type: 'SINGLE_CHOICE' },
    { questionId: 'd', knowledgePointId: 'child', difficulty: 3, type: 'TRUE_FALSE' },
    { questionId: 'e', knowledgePointId: 'elsewhere', difficulty: 3, type: 'SINGLE_CHOICE' },
  ];
  const parentAndBelow = new Set(['parent', 'child']);

  it('takes the point with its sub-points, then narrows by difficulty and type when given', () => {
    expect(candidatesOf({}, parentAndBelow, bank)).toEqual(['a', 'b', 'c', 'd']);
    expect(candidatesOf({ difficulty: 3 }, parentAndBelow, bank)).toEqual(['a', 'b', 'd']);
    expect(candidatesOf({ type: 'SINGLE_CHOICE', difficulty: 3 }, parentAndBelow, bank)).toEqual(['a', 'b']);
    expect(candidatesOf({ type: null, difficulty: null }, new Set(['child']), bank)).toEqual(['b', 'c', 'd']);
  });
});

describe('ruleShortfalls', () => {
  it('is empty when every rule can get distinct questions', () => {
    expect(
      ruleShortfalls([
        { count: 3, candidateIds: ids('p', 5) },
        { count: 2, candidateIds: ids('q', 2) },
      ]),
    ).toEqual([]);
  });

  it('reports a rule the bank cannot fill on its own, with what it has and needs', () => {
    expect(ruleShortfalls([{ count: 6, candidateIds: ids('q', 4) }])).toEqual([
      { rule: 1, kind: 'TOO_FEW', available: 4, needed: 6 },
    ]);
  });

  it('does not let a parent point and its child draw the same question twice', () => {
    // The parent point has 5 questions, 3 of them under the child; the child rule needs all 3, the parent 3 more.
    const child = ids('c', 3);
    const parent = [...child, 'p1', 'p2'];
    expect(
      ruleShortfalls([
        { count: 3, candidateIds: parent },
        { count: 3, candidateIds: child },
      ]),
    ).toEqual([{ rule: 2, kind: 'OVERLAP', available: 3, possible: 2, needed: 3, overlapsWith: [1] }]);
  });

  it('moves questions between overlapping rules when that lets both be filled', () => {
    // Drawn greedily, the parent rule (first) could take the child's only questions; the matching re-routes them.
    const child = ids('c', 2);
    expect(
      ruleShortfalls([
        { count: 2, candidateIds: [...child, 'p1', 'p2'] },
        { count: 2, candidateIds: child },
      ]),
    ).toEqual([]);
  });

  it('counts a question listed twice once', () => {
    expect(ruleShortfalls([{ count: 2, candidateIds: ['x', 'x'] }])).toEqual([
      { rule: 1, kind: 'TOO_FEW', available: 1, needed: 2 },
    ]);
  });

  it('reports the later of two rules that compete for the same questions, naming the other', () => {
    const shared = ids('s', 4);
    expect(
      ruleShortfalls([
        { count: 3, candidateIds: shared },
        { count: 1, candidateIds: ids('t', 1) },
        { count: 2, candidateIds: shared },
      ]),
    ).toEqual([{ rule: 3, kind: 'OVERLAP', available: 4, possible: 1, needed: 2, overlapsWith: [1] }]);
  });
});

describe('matchRules', () => {
  it('gives every rule its own questions where a greedy draw in rule order would starve the child', () => {
    // The parent rule comes first and lists the child's questions first: drawn greedily it would take them all.
    const matched = matchRules([
      { count: 2, candidateIds: ['c1', 'c2', 'p1', 'p2'] },
      { count: 2, candidateIds: ['c1', 'c2'] },
    ]);
    expect(matched).toEqual([
      ['p1', 'p2'],
      ['c1', 'c2'],
    ]);
  });

  it("keeps each rule's questions in its candidates' order, and gives no more than asked", () => {
    expect(matchRules([{ count: 2, candidateIds: ['z', 'y', 'x'] }])).toEqual([['z', 'y']]);
  });

  it('leaves a rule short when the bank cannot give more', () => {
    expect(matchRules([{ count: 3, candidateIds: ['a'] }])).toEqual([['a']]);
  });
});
