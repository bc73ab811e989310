import { describe, expect, it } from 'vitest';
import { bestTyping, handlingAverages, oralMean } from './averages.ts';

describe('handlingAverages', () => {
  it('averages each task in the fixed order; error rate is the share of handlings with a mistake', () => {
    const records = [
      { task: 'NUMBER_PORTING', seconds: 400, errors: 0 },
      { task: 'OPEN_ACCOUNT', seconds: 300, errors: 2 },
      { task: 'NUMBER_PORTING', seconds: 500, errors: 1 },
      { task: 'NUMBER_PORTING', seconds: 450, errors: 0 },
    ] as const;
    expect(handlingAverages(records)).toEqual([
      { task: 'OPEN_ACCOUNT', count: 1, meanSeconds: 300, meanErrors: 2, errorRate: 1 },
      { task: 'NUMBER_PORTING', count: 3, meanSeconds: 450, meanErrors: 0.33, errorRate: 0.3333 },
    ]);
  });

  it('has no row for a task nobody did', () => {
    expect(handlingAverages([])).toEqual([]);
  });
});

describe('oralMean and bestTyping', () => {
  it('give null with nothing recorded', () => {
    expect(oralMean([])).toBeNull();
    expect(bestTyping([])).toEqual({ count: 0, bestCpm: null, bestAccuracy: null });
  });

  it('take the mean score and the best of each typing figure', () => {
    expect(oralMean([80, 85, 92])).toBe(85.7);
    expect(
      bestTyping([
        { cpm: 92.5, accuracy: 0.99 },
        { cpm: 110, accuracy: 0.95 },
      ]),
    ).toEqual({ count: 2, bestCpm: 110, bestAccuracy: 0.99 });
  });
});
