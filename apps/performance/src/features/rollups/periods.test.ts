import { describe, expect, it } from 'vitest';
import { defaultPeriod, yearsShown } from './periods.ts';

describe('defaultPeriod', () => {
  // By last month in China: the month under way is never signed off.
  it.each([
    ['2026-12-02T10:00:00+08:00', { year: '2026', period: 'Q4' }],
    ['2026-10-15T10:00:00+08:00', { year: '2026', period: 'Q3' }],
    ['2027-01-05T10:00:00+08:00', { year: '2026', period: 'Q4' }],
    ['2026-04-01T00:30:00+08:00', { year: '2026', period: 'Q1' }],
  ])('on %s opens %o', (now, period) => {
    expect(defaultPeriod(new Date(now))).toEqual(period);
  });
});

describe('yearsShown', () => {
  it('offers this year and the four before it, newest first', () => {
    expect(yearsShown(new Date('2026-12-02T10:00:00+08:00'))).toEqual([
      '2026',
      '2025',
      '2024',
      '2023',
      '2022',
    ]);
  });
});
