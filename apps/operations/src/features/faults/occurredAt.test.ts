import { describe, expect, it } from 'vitest';
import { occurredChoice } from './occurredAt.ts';

// 10:00 on 10 May 2026 in China.
const now = new Date('2026-05-10T02:00:00Z');
const day = (china: string) => new Date(`${china}T00:00:00+08:00`);

describe('the days a fault may have begun on', () => {
  it.each([
    ['2026-05-10', true],
    ['2026-05-03', true],
    ['2026-05-02', false],
    ['2026-05-11', false],
  ] as const)('%s: %s', (date, offered) => {
    expect(occurredChoice(day(date), now)).toBe(offered);
  });
});
