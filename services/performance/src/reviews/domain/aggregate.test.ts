import { DEFAULT_MINIMUMS, type Perspective } from '@duda/contract-performance';
import { describe, expect, it } from 'vitest';
import {
  aggregate,
  perspectiveShown,
  ratersPer,
  visibleComments,
  type CommentRow,
  type ScoreRow,
} from './aggregate.ts';

const questions = [
  { key: 'q1', text: '沟通' },
  { key: 'q2', text: '辅导' },
];

/** One rater's answers as the rows stored for them (no rater on them). */
const rater = (perspective: Perspective, q1: number, q2: number): ScoreRow[] => [
  { perspective, questionKey: 'q1', score: q1 },
  { perspective, questionKey: 'q2', score: q2 },
];

describe('perspectiveShown', () => {
  it.each([
    // raters, minimum, viewer rated here, shown
    [0, 1, false, false],
    [1, 1, false, true],
    [1, 1, true, false],
    [2, 1, true, true],
    [2, 3, false, false],
    [3, 3, false, true],
    [3, 3, true, false],
    [4, 3, true, true],
  ] as const)('%i raters, minimum %i, viewer rated: %s → %s', (raters, minimum, viewer, shown) => {
    expect(perspectiveShown(raters, minimum, viewer)).toBe(shown);
  });
});

describe('aggregate', () => {
  const scores = [
    ...rater('SUPERIOR', 4, 5),
    ...rater('PEER', 3, 4),
    ...rater('PEER', 4, 4),
    ...rater('PEER', 5, 3),
    ...rater('SUBORDINATE', 5, 5),
    ...rater('SUBORDINATE', 4, 4),
  ];

  it('counts raters per perspective from one question', () => {
    expect(ratersPer(questions, scores)).toEqual({ SUPERIOR: 1, PEER: 3, SUBORDINATE: 2 });
  });

  it('shows means to one decimal where the minimum is met and nothing where it is not', () => {
    expect(aggregate({ questions, scores, minimums: DEFAULT_MINIMUMS, viewerRatedIn: null })).toEqual([
      {
        perspective: 'SUPERIOR',
        minimum: 1,
        shown: true,
        questions: [
          { key: 'q1', mean: 4 },
          { key: 'q2', mean: 5 },
        ],
        mean: 4.5,
      },
      {
        perspective: 'PEER',
        minimum: 3,
        shown: true,
        // (3+4+5)/3 = 4; (4+4+3)/3 = 3.666… → 3.7; (4 + 3.7)/2 = 3.85 → 3.9
        questions: [
          { key: 'q1', mean: 4 },
          { key: 'q2', mean: 3.7 },
        ],
        mean: 3.9,
      },
      { perspective: 'SUBORDINATE', minimum: 3, shown: false, questions: [], mean: null },
    ]);
  });

  it('hides the superior perspective from a sole superior who rated (their answer is the whole mean)', () => {
    const result = aggregate({ questions, scores, minimums: DEFAULT_MINIMUMS, viewerRatedIn: 'SUPERIOR' });
    expect(result[0]).toMatchObject({ perspective: 'SUPERIOR', shown: false, mean: null });
    expect(result[1]).toMatchObject({ perspective: 'PEER', shown: true });
  });

  it('takes a cycle’s higher minimum', () => {
    const result = aggregate({
      questions,
      scores,
      minimums: { SUPERIOR: 1, PEER: 4, SUBORDINATE: 3 },
      viewerRatedIn: null,
    });
    expect(result.map((p) => p.shown)).toEqual([true, false, false]);
  });

  it('returns the same whoever answered what, as long as the answers are the same (no order, no count)', () => {
    const reordered = [...scores].reverse();
    expect(
      aggregate({ questions, scores: reordered, minimums: DEFAULT_MINIMUMS, viewerRatedIn: null }),
    ).toEqual(aggregate({ questions, scores, minimums: DEFAULT_MINIMUMS, viewerRatedIn: null }));
  });
});

describe('visibleComments', () => {
  const comment = (id: string, perspective: Perspective, text: string, withheld = false): CommentRow => ({
    id,
    perspective,
    questionKey: 'q1',
    text,
    withheld,
  });
  const shown = aggregate({
    questions,
    scores: [
      ...rater('PEER', 3, 3),
      ...rater('PEER', 3, 3),
      ...rater('PEER', 3, 3),
      ...rater('SUBORDINATE', 1, 1),
    ],
    minimums: DEFAULT_MINIMUMS,
    viewerRatedIn: null,
  });
  const comments = [
    comment('c', 'PEER', '乙：排班合理'),
    comment('a', 'SUBORDINATE', '丙：只有一位下属写了这条'),
    comment('b', 'PEER', '甲：沟通及时', true),
    comment('d', 'PEER', '丁：需要更多辅导'),
  ];

  it('the reader gets the shown perspectives’ comments, withheld ones left out, sorted by text', () => {
    expect(visibleComments(comments, shown, 'READER').map((c) => c.text)).toEqual([
      '丁：需要更多辅导',
      '乙：排班合理',
    ]);
  });

  it('the HR reviewer also gets the withheld ones, to let them through again', () => {
    expect(visibleComments(comments, shown, 'REVIEWER').map((c) => c.id)).toEqual(['d', 'c', 'b']);
  });
});
