import { describe, expect, it } from 'vitest';
import { monthLabel } from './label.ts';

describe('month labels', () => {
  it('labels months the Chinese way by default', () => {
    expect(monthLabel('2025-03')).toBe('2025年3月');
    expect(monthLabel('2025-11', 'zh-CN')).toBe('2025年11月');
  });

  it('labels months in English', () => {
    expect(monthLabel('2025-03', 'en')).toBe('March 2025');
    expect(monthLabel('2026-12', 'en')).toBe('December 2026');
  });
});
