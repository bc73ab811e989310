import { describe, expect, it } from 'vitest';
import { bankItemFigures, type MarkedAttempt } from './bank-item-statistics.ts';

const attempt = (q1: number | null | undefined, rest: number, points = 2): MarkedAttempt => ({
  slots: [
    { slot: 1, questionId: 'q1', points },
    { slot: 2, questionId: 'q2', points: 8 },
  ],
  marks: new Map(
    q1 === undefined
      ? [[2, rest]]
      : [
          [1, q1],
          [2, rest],
        ],
  ),
  score: (q1 ?? 0) + rest,
  maxScore: points + 8,
});

describe('bankItemFigures', () => {
  it('takes the mark as a share of the points on each paper and unanswered slots as 0', () => {
    const figures = bankItemFigures(
      [attempt(2, 8), attempt(1, 4), attempt(undefined, 2), attempt(4, 8, 4)],
      ['q1'],
    );
    // shares 1, 0.5, 0, 1 → mean 0.625
    expect(figures.get('q1')).toMatchObject({ answered: 4, facility: 0.625 });
  });

  it('discriminates: those who got it right did better on the rest', () => {
    const figures = bankItemFigures([attempt(2, 8), attempt(2, 6), attempt(0, 2), attempt(0, 1)], ['q1']).get(
      'q1',
    )!;
    expect(figures.discrimination).toBeGreaterThan(80);
    const reversed = bankItemFigures(
      [attempt(0, 8), attempt(0, 6), attempt(2, 2), attempt(2, 1)],
      ['q1'],
    ).get('q1')!;
    expect(reversed.discrimination).toBeLessThan(-80);
    expect(reversed.flags).toContain('NEGATIVE_DISCRIMINATION');
  });

  it('leaves out slots not yet marked and says nothing with fewer than two answers', () => {
    const figures = bankItemFigures([attempt(null, 8), attempt(2, 8)], ['q1', 'q3']);
    expect(figures.get('q1')).toMatchObject({ answered: 1, discrimination: null });
    expect(figures.get('q3')).toEqual({ answered: 0, facility: null, discrimination: null, flags: [] });
  });
});
