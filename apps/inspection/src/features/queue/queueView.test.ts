import { describe, expect, it } from 'vitest';
import { levelTag, perCounter, thresholdsInOrder } from './queueView.ts';

describe('queue warning views', () => {
  it('shows the two emergency levels in rising tones', () => {
    expect(levelTag(0)).toEqual({ status: 'pass', labelKey: 'levels.0' });
    expect(levelTag(1)).toEqual({ status: 'pending', labelKey: 'levels.1' });
    expect(levelTag(2)).toEqual({ status: 'fail', labelKey: 'levels.2' });
  });

  it('divides waiting customers by open counters, with none open left blank', () => {
    expect(perCounter(11, 3)).toBe(3.7);
    expect(perCounter(5, 0)).toBeNull();
  });

  it('accepts thresholds only in the order the plan defines', () => {
    expect(thresholdsInOrder({ level1: 2.5, level2: 3.5, planCeiling: 4.5 })).toBe(true);
    expect(thresholdsInOrder({ level1: 2.5, level2: 3.5, planCeiling: 3.5 })).toBe(true);
    expect(thresholdsInOrder({ level1: 3.5, level2: 3.5, planCeiling: 4.5 })).toBe(false);
    expect(thresholdsInOrder({ level1: 0, level2: 3.5, planCeiling: 4.5 })).toBe(false);
    expect(thresholdsInOrder({ level1: 2.5, level2: 4, planCeiling: 3 })).toBe(false);
  });
});
