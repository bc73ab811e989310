import { beforeEach, describe, expect, it } from 'vitest';
import { THRESHOLDS_TARGET, thresholdsDrafts } from './thresholdsDraft.ts';

const KEY = `duda.performance.coaching-thresholds.p1.${THRESHOLDS_TARGET}`;

describe('the thresholds draft', () => {
  beforeEach(() => localStorage.clear());

  it('gives back what this person wrote, and nothing once cleared', () => {
    const drafts = thresholdsDrafts('p1', localStorage);
    drafts.write(THRESHOLDS_TARGET, { lowScore: 65.5, improveBy: 3 });
    expect(drafts.read(THRESHOLDS_TARGET)).toEqual({ lowScore: 65.5, improveBy: 3 });
    expect(thresholdsDrafts('p2', localStorage).read(THRESHOLDS_TARGET)).toBeNull();
    drafts.remove(THRESHOLDS_TARGET);
    expect(drafts.read(THRESHOLDS_TARGET)).toBeNull();
  });

  it.each([
    ['nothing kept', null],
    ['not JSON', '{'],
    ['a number missing', '{"lowScore":60}'],
    ['a string for a number', '{"lowScore":"60","improveBy":5}'],
  ])('ignores %s', (_why, kept) => {
    if (kept !== null) localStorage.setItem(KEY, kept);
    expect(thresholdsDrafts('p1', localStorage).read(THRESHOLDS_TARGET)).toBeNull();
  });
});
