import { describe, expect, it } from 'vitest';
import { percentage, roundScore } from './numbers.ts';

describe('roundScore', () => {
  it('rounds half up to one decimal despite binary representation', () => {
    expect(roundScore(79.95)).toBe(80);
    expect(roundScore(1.05)).toBe(1.1);
    expect(roundScore(86.44)).toBe(86.4);
    expect(roundScore(100)).toBe(100);
    expect(roundScore(0)).toBe(0);
  });
});

describe('percentage', () => {
  it('returns null when the whole is zero', () => {
    expect(percentage(0, 0)).toBeNull();
  });

  it('gives one decimal', () => {
    expect(percentage(2, 3)).toBe(66.7);
    expect(percentage(24, 30)).toBe(80);
  });
});
