import { beforeEach, describe, expect, it } from 'vitest';
import { clearThresholdsDraft, readThresholdsDraft, writeThresholdsDraft } from './thresholdsDraft.ts';

const KEY = 'performance.coaching.thresholds.draft';

describe('the thresholds draft', () => {
  beforeEach(() => localStorage.clear());

  it('gives back what was written, and nothing once cleared', () => {
    writeThresholdsDraft(localStorage, { lowScore: 65.5, improveBy: 3 });
    expect(readThresholdsDraft(localStorage)).toEqual({ lowScore: 65.5, improveBy: 3 });
    clearThresholdsDraft(localStorage);
    expect(readThresholdsDraft(localStorage)).toBeNull();
  });

  it.each([
    ['nothing kept', null],
    ['not JSON', '{'],
    ['a number missing', '{"lowScore":60}'],
    ['a string for a number', '{"lowScore":"60","improveBy":5}'],
  ])('ignores %s', (_why, kept) => {
    if (kept !== null) localStorage.setItem(KEY, kept);
    expect(readThresholdsDraft(localStorage)).toBeNull();
  });
});
