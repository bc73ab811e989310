import { commonTerms, messageFor } from '@duda/contract-kit';
import { describe, expect, it } from 'vitest';
import { inspectionCatalogs } from '../errors.ts';
import { assertPlanHasEntries, assertPlannableMonth, isPlannableMonth } from './planning.ts';

const catalogs = [...inspectionCatalogs, commonTerms.catalog];

// 2026-12-01 00:30 in China is still 30 November in UTC.
const firstOfDecemberInChina = new Date('2026-11-30T16:30:00Z');

describe('planning months', () => {
  it('allow the month under way in China and later ones, not a month already over', () => {
    expect(isPlannableMonth('2026-12', firstOfDecemberInChina)).toBe(true);
    expect(isPlannableMonth('2027-01', firstOfDecemberInChina)).toBe(true);
    expect(isPlannableMonth('2026-11', firstOfDecemberInChina)).toBe(false);
  });

  it('refuse a past month in words naming it, on the month field', () => {
    let refused: unknown;
    try {
      assertPlannableMonth('2026-10', firstOfDecemberInChina);
    } catch (error) {
      refused = error;
    }
    expect(refused).toMatchObject({ code: 'inspection.planMonthPast', field: 'month' });
    const { code, params } = refused as { code: string; params: Record<string, never> };
    expect(messageFor(catalogs, code, params, 'zh-CN')).toBe(
      '2026年10月已经过去，不能再为它制定检查计划；请选择本月或以后的月份。',
    );
    expect(messageFor(catalogs, code, params, 'en')).toBe(
      'October 2026 is over; plans are made for this month or a later one.',
    );
  });
});

describe('a plan to submit', () => {
  it('needs at least one entry', () => {
    expect(() => assertPlanHasEntries([])).toThrow(expect.objectContaining({ code: 'inspection.planEmpty' }));
    expect(() => assertPlanHasEntries([{}])).not.toThrow();
  });
});
