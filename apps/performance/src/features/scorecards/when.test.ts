import { describe, expect, it } from 'vitest';
import { whenOf } from './when.ts';

describe('a moment on China time', () => {
  it('is written as date and minutes, eight hours ahead of UTC', () => {
    expect(whenOf(new Date('2026-12-01T18:05:00Z'))).toBe('2026-12-02 02:05');
  });
});
