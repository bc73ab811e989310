import { describe, expect, it } from 'vitest';
import { relativeTimeOf } from './relativeTime.ts';

describe('a notification’s age', () => {
  it('reads in either language', () => {
    const now = new Date('2026-11-23T10:00:00Z');
    expect(relativeTimeOf('2026-11-23T09:55:00Z', 'zh-CN', now)).toBe('5 分钟前');
    expect(relativeTimeOf('2026-11-23T07:00:00Z', 'en', now)).toBe('3 hours ago');
  });
});
