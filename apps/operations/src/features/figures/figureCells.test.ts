import { describe, expect, it } from 'vitest';
import { percent, repairHours } from './figureCells.ts';

describe('figure cells', () => {
  it.each([
    [580, '9.7'],
    [null, '—'],
  ] as const)('%s minutes to repair read %s hours', (minutes, shown) => {
    expect(repairHours(minutes)).toBe(shown);
  });

  it.each([
    [0.975, '97.50%'],
    [1, '100.00%'],
    [null, '—'],
  ] as const)('availability %s reads %s', (share, shown) => {
    expect(percent(share)).toBe(shown);
  });
});
