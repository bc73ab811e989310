import type { DrawnSlot, QuestionKey } from '@duda/contract-training';
import { describe, expect, it } from 'vitest';
import { examResult, gradeAttempt, markResponse, normaliseBlank } from './grading.ts';

describe('single choice and true/false', () => {
  const single: QuestionKey = { type: 'SINGLE_CHOICE', correct: 'B' };
  const truth: QuestionKey = { type: 'TRUE_FALSE', correct: false };

  it('earn the points for the right answer and nothing otherwise', () => {
    expect(markResponse(single, { type: 'SINGLE_CHOICE', choice: 'B' }, 2, 'ALL_OR_NOTHING')).toBe(2);
    expect(markResponse(single, { type: 'SINGLE_CHOICE', choice: 'A' }, 2, 'ALL_OR_NOTHING')).toBe(0);
    expect(markResponse(single, { type: 'SINGLE_CHOICE', choice: null }, 2, 'ALL_OR_NOTHING')).toBe(0);
    expect(markResponse(truth, { type: 'TRUE_FALSE', value: false }, 1, 'ALL_OR_NOTHING')).toBe(1);
    expect(markResponse(truth, { type: 'TRUE_FALSE', value: true }, 1, 'ALL_OR_NOTHING')).toBe(0);
    expect(markResponse(truth, { type: 'TRUE_FALSE', value: null }, 1, 'ALL_OR_NOTHING')).toBe(0);
  });

  it('give nothing for no answer or an answer of another type', () => {
    expect(markResponse(single, undefined, 2, 'ALL_OR_NOTHING')).toBe(0);
    expect(markResponse(single, { type: 'MULTIPLE_CHOICE', choices: ['B'] }, 2, 'ALL_OR_NOTHING')).toBe(0);
  });
});

describe('multiple choice', () => {
  const key: QuestionKey = { type: 'MULTIPLE_CHOICE', correct: ['A', 'C', 'D'] };
  const mark = (choices: string[], scoring: 'ALL_OR_NOTHING' | 'PROPORTIONAL') =>
    markResponse(key, { type: 'MULTIPLE_CHOICE', choices }, 3, scoring);

  it('all or nothing: exactly the right set, in any order', () => {
    expect(mark(['D', 'A', 'C'], 'ALL_OR_NOTHING')).toBe(3);
    expect(mark(['A', 'C'], 'ALL_OR_NOTHING')).toBe(0);
    expect(mark(['A', 'B', 'C', 'D'], 'ALL_OR_NOTHING')).toBe(0);
  });

  it('proportional: a share per right choice, each wrong one cancels a share, never below 0', () => {
    expect(mark(['A', 'C', 'D'], 'PROPORTIONAL')).toBe(3);
    expect(mark(['A', 'C'], 'PROPORTIONAL')).toBe(2);
    expect(mark(['A', 'C', 'B'], 'PROPORTIONAL')).toBe(1);
    expect(mark(['A', 'B', 'C', 'D'], 'PROPORTIONAL')).toBe(2);
    expect(mark(['B'], 'PROPORTIONAL')).toBe(0);
    expect(mark(['A', 'B', 'E'], 'PROPORTIONAL')).toBe(0);
    expect(mark([], 'PROPORTIONAL')).toBe(0);
  });

  it('counts a choice sent twice once', () => {
    expect(mark(['A', 'A', 'A'], 'PROPORTIONAL')).toBe(1);
  });

  it('keeps shares that do not divide evenly to four decimals', () => {
    const two: QuestionKey = { type: 'MULTIPLE_CHOICE', correct: ['A', 'B', 'C'] };
    expect(markResponse(two, { type: 'MULTIPLE_CHOICE', choices: ['A'] }, 2, 'PROPORTIONAL')).toBe(0.6667);
  });
});

describe('fill in the blanks', () => {
  const key: QuestionKey = {
    type: 'FILL_IN',
    blanks: [['10086'], ['VIP 专席', '贵宾专席'], ['5G']],
    caseSensitive: false,
  };
  const mark = (blanks: string[], k: QuestionKey = key) =>
    markResponse(k, { type: 'FILL_IN', blanks }, 3, 'ALL_OR_NOTHING');

  it('normalises full-width characters, spaces and case as the contract states', () => {
    expect(normaliseBlank('  ＶＩＰ　 　专席 ', false)).toBe('vip 专席');
    expect(normaliseBlank('１００８６', true)).toBe('10086');
    expect(normaliseBlank('Ab  C', true)).toBe('Ab C');
  });

  it('gives each blank an equal share, any accepted answer counting', () => {
    expect(mark(['１００８６', ' vip   专席', '5g'])).toBe(3);
    expect(mark(['10086', '贵宾专席', '4G'])).toBe(2);
    expect(mark(['10086'])).toBe(1);
    expect(mark(['', '', ''])).toBe(0);
  });

  it('respects case when the key asks for it', () => {
    expect(mark(['10086', 'vip 专席', '5g'], { ...key, caseSensitive: true } as QuestionKey)).toBe(1);
  });

  it('adds thirds back to whole points', () => {
    expect(markResponse(key, { type: 'FILL_IN', blanks: ['10086'] }, 1, 'ALL_OR_NOTHING')).toBe(0.3333);
    expect(
      markResponse(key, { type: 'FILL_IN', blanks: ['10086', 'VIP专席x', '5G'] }, 1, 'ALL_OR_NOTHING'),
    ).toBe(0.6667);
  });
});

describe('matching', () => {
  const key: QuestionKey = { type: 'MATCHING', pairs: { p1: 'c1', p2: 'c2', p3: 'c3', p4: 'c4' } };
  it('gives each pair a share', () => {
    const response = { type: 'MATCHING' as const, pairs: { p1: 'c1', p2: 'c3', p3: 'c3', p4: null } };
    expect(markResponse(key, response, 4, 'ALL_OR_NOTHING')).toBe(2);
    expect(markResponse(key, { type: 'MATCHING', pairs: {} }, 4, 'ALL_OR_NOTHING')).toBe(0);
  });
});

describe('short answer', () => {
  const key: QuestionKey = { type: 'SHORT_ANSWER', reference: '先致歉，再核实，后处理' };
  it('waits for a trainer unless left empty', () => {
    expect(markResponse(key, { type: 'SHORT_ANSWER', text: '先安抚客户' }, 10, 'ALL_OR_NOTHING')).toBeNull();
    expect(markResponse(key, { type: 'SHORT_ANSWER', text: '   ' }, 10, 'ALL_OR_NOTHING')).toBe(0);
    expect(markResponse(key, undefined, 10, 'ALL_OR_NOTHING')).toBe(0);
  });
});

describe('grading an attempt', () => {
  const slots: DrawnSlot[] = [
    { slot: 1, questionId: 'q1', versionId: 'v1', type: 'SINGLE_CHOICE', points: 2, optionOrder: ['A', 'B'] },
    {
      slot: 2,
      questionId: 'q2',
      versionId: 'v2',
      type: 'MULTIPLE_CHOICE',
      points: 4,
      optionOrder: ['A', 'B', 'C'],
    },
    { slot: 3, questionId: 'q3', versionId: 'v3', type: 'SHORT_ANSWER', points: 10 },
  ];
  const keys = new Map<string, QuestionKey>([
    ['v1', { type: 'SINGLE_CHOICE', correct: 'A' }],
    ['v2', { type: 'MULTIPLE_CHOICE', correct: ['A', 'B'] }],
    ['v3', { type: 'SHORT_ANSWER', reference: '' }],
  ]);
  const answers = new Map([
    [1, { response: { type: 'SINGLE_CHOICE' as const, choice: 'A' } }],
    [2, { response: { type: 'MULTIPLE_CHOICE' as const, choices: ['A'] } }],
    [3, { response: { type: 'SHORT_ANSWER' as const, text: '首问负责' } }],
  ]);

  it('sums the known marks and says when a short answer still waits', () => {
    expect(gradeAttempt(slots, keys, answers, 'PROPORTIONAL')).toEqual({
      slots: [
        { slot: 1, mark: 2, manual: false },
        { slot: 2, mark: 2, manual: false },
        { slot: 3, mark: null, manual: false },
      ],
      score: 4,
      maxScore: 16,
      needsMarking: true,
    });
  });

  it('takes the trainer’s mark once given, and is then final', () => {
    const marked = new Map(answers);
    marked.set(3, { response: { type: 'SHORT_ANSWER', text: '首问负责' }, manualMark: 7.5 } as never);
    const grade = gradeAttempt(slots, keys, marked, 'ALL_OR_NOTHING');
    expect(grade).toMatchObject({ score: 9.5, needsMarking: false });
    expect(grade.slots[2]).toEqual({ slot: 3, mark: 7.5, manual: true });
  });

  it('marks unanswered slots 0', () => {
    expect(gradeAttempt(slots, keys, new Map(), 'ALL_OR_NOTHING')).toMatchObject({
      score: 0,
      needsMarking: false,
    });
  });
});

describe('the exam result from several attempts', () => {
  const attempts = [
    { attemptNo: 2, score: 80, counted: true },
    { attemptNo: 1, score: 60, counted: true },
    { attemptNo: 3, score: 95, counted: false },
    { attemptNo: 4, score: 70, counted: true },
  ];
  it.each([
    ['HIGHEST', 80],
    ['FIRST', 60],
    ['LAST', 70],
    ['AVERAGE', 70],
  ] as const)('%s of the counted attempts', (method, expected) => {
    expect(examResult(attempts, method)).toBe(expected);
  });

  it('is none without a counted, scored attempt', () => {
    expect(examResult([], 'HIGHEST')).toBeNull();
    expect(examResult([{ attemptNo: 1, score: null, counted: true }], 'LAST')).toBeNull();
  });
});
