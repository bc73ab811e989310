import { isAppError } from '@duda/contract-kit';
import { describe, expect, it } from 'vitest';
import { drawAttempt, type BankQuestion, type DrawSourcePaper } from './paper-drawing.ts';

const question = (n: number, over: Partial<BankQuestion> = {}): BankQuestion => ({
  questionId: `q${String(n).padStart(3, '0')}`,
  versionId: `v${n}`,
  type: 'SINGLE_CHOICE',
  knowledgePointId: 'kp-a',
  difficulty: 2,
  optionIds: ['A', 'B', 'C', 'D'],
  ...over,
});

const fixed = (over: Partial<DrawSourcePaper> = {}): DrawSourcePaper => ({
  kind: 'FIXED',
  shuffleQuestions: false,
  shuffleOptions: false,
  slots: [
    { questionId: 'q001', points: 2 },
    { questionId: 'q002', points: 3 },
    { questionId: 'q003', points: 5 },
  ],
  rules: [],
  ...over,
});

const bank: BankQuestion[] = [
  question(1),
  question(2, { type: 'TRUE_FALSE', optionIds: undefined }),
  question(3, { type: 'MATCHING', optionIds: ['x', 'y', 'z'] }),
  ...Array.from({ length: 20 }, (_, i) => question(10 + i, { knowledgePointId: i % 2 ? 'kp-a' : 'kp-b' })),
  ...Array.from({ length: 6 }, (_, i) => question(40 + i, { knowledgePointId: 'kp-b', difficulty: 4 })),
];

const refusal = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (isAppError(error)) return { code: error.code, params: error.params };
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('drawing a fixed paper', () => {
  it('gives the slots in order with their points and versions, options as authored', () => {
    const draw = drawAttempt(fixed(), bank, 'seed-1');
    expect(draw).toEqual({
      seed: 'seed-1',
      slots: [
        {
          slot: 1,
          questionId: 'q001',
          versionId: 'v1',
          type: 'SINGLE_CHOICE',
          points: 2,
          optionOrder: ['A', 'B', 'C', 'D'],
        },
        { slot: 2, questionId: 'q002', versionId: 'v2', type: 'TRUE_FALSE', points: 3 },
        {
          slot: 3,
          questionId: 'q003',
          versionId: 'v3',
          type: 'MATCHING',
          points: 5,
          optionOrder: ['x', 'y', 'z'],
        },
      ],
    });
  });

  it('shuffles questions and options when the paper says so, the same way for the same seed', () => {
    const paper = fixed({
      shuffleQuestions: true,
      shuffleOptions: true,
      slots: Array.from({ length: 12 }, (_, i) => ({ questionId: `q0${10 + i}`, points: 1 })),
    });
    const a = drawAttempt(paper, bank, 'person-1/exam-1/1');
    const again = drawAttempt(paper, [...bank].reverse(), 'person-1/exam-1/1');
    const other = drawAttempt(paper, bank, 'person-2/exam-1/1');
    expect(again).toEqual(a);
    expect(a.slots.map((s) => s.questionId)).not.toEqual(paper.slots.map((s) => s.questionId));
    expect(a.slots.map((s) => s.questionId).sort()).toEqual(paper.slots.map((s) => s.questionId).sort());
    expect(other.slots.map((s) => s.questionId)).not.toEqual(a.slots.map((s) => s.questionId));
    expect(a.slots.map((s) => s.slot)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
    const orders = a.slots.map((s) => s.optionOrder?.join(''));
    expect(new Set(orders).size).toBeGreaterThan(1);
    for (const slot of a.slots) expect([...(slot.optionOrder ?? [])].sort()).toEqual(['A', 'B', 'C', 'D']);
  });

  it('refuses a paper whose question has left the bank, naming the slot', () => {
    expect(refusal(() => drawAttempt(fixed(), bank.slice(1), 's'))).toEqual({
      code: 'training.attempts.questionUnavailable',
      params: { slot: 1 },
    });
  });
});

describe('drawing a random paper', () => {
  const random: DrawSourcePaper = {
    kind: 'RANDOM',
    shuffleQuestions: false,
    shuffleOptions: false,
    slots: [],
    rules: [
      { knowledgePointIds: ['kp-b'], difficulty: 4, type: 'SINGLE_CHOICE', count: 3, points: 4 },
      { knowledgePointIds: ['kp-a', 'kp-b'], difficulty: 2, type: 'SINGLE_CHOICE', count: 5, points: 2 },
      { knowledgePointIds: ['kp-a', 'kp-b'], count: 10, points: 1 },
    ],
  };

  it('draws N distinct questions per rule from its points, difficulty and type, none twice across rules', () => {
    const draw = drawAttempt(random, bank, 'seed-a');
    const byId = new Map(bank.map((q) => [q.questionId, q]));
    expect(draw.slots).toHaveLength(18);
    const [first, second] = [draw.slots.slice(0, 3), draw.slots.slice(3, 8)];
    for (const s of first) {
      expect(byId.get(s.questionId)).toMatchObject({ knowledgePointId: 'kp-b', difficulty: 4 });
      expect(s.points).toBe(4);
    }
    for (const s of second)
      expect(byId.get(s.questionId)).toMatchObject({ difficulty: 2, type: 'SINGLE_CHOICE' });
    expect(new Set(draw.slots.map((s) => s.questionId)).size).toBe(18);
    expect(draw.slots.map((s) => byId.get(s.questionId)?.versionId)).toEqual(
      draw.slots.map((s) => s.versionId),
    );
  });

  it('is deterministic for a seed whatever order the bank comes in, and differs between seeds', () => {
    const a = drawAttempt(random, bank, 'seed-a');
    expect(drawAttempt(random, [...bank].reverse(), 'seed-a')).toEqual(a);
    const ids = (seed: string) => drawAttempt(random, bank, seed).slots.map((s) => s.questionId);
    const seeds = ['s1', 's2', 's3', 's4', 's5'];
    expect(new Set(seeds.map((s) => ids(s).join())).size).toBeGreaterThan(1);
  });

  it('refuses a rule the bank cannot satisfy once earlier rules took their questions', () => {
    const greedy: DrawSourcePaper = {
      ...random,
      rules: [
        { knowledgePointIds: ['kp-b'], count: 14, points: 1 },
        { knowledgePointIds: ['kp-b'], difficulty: 4, count: 3, points: 1 },
      ],
    };
    // kp-b holds 10 + 6 = 16 questions; after 14 are taken at most 2 remain for the second rule.
    const refused = refusal(() => drawAttempt(greedy, bank, 'x'));
    expect(refused.code).toBe('training.attempts.drawShort');
    expect(refused.params).toMatchObject({ rule: 2, needed: 3 });
    expect(Number(refused.params.available)).toBeLessThanOrEqual(2);
  });

  it('shuffles the drawn questions across rules when asked', () => {
    const draw = drawAttempt({ ...random, shuffleQuestions: true }, bank, 'seed-a');
    expect(draw.slots.slice(0, 3).every((s) => s.points === 4)).toBe(false);
    expect(draw.slots.filter((s) => s.points === 4)).toHaveLength(3);
  });
});
