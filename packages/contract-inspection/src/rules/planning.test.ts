import { commonTerms, messageFor } from '@duda/contract-kit';
import { describe, expect, it } from 'vitest';
import { inspectionCatalogs } from '../errors.ts';
import { assertPlanHasEntries, assertPlannableMonth, isPlannableMonth, planningWindow } from './planning.ts';

const catalogs = [...inspectionCatalogs, commonTerms.catalog];

// 2026-12-01 00:30 in China is still 30 November in UTC.
const firstOfDecemberInChina = new Date('2026-11-30T16:30:00Z');

describe('planning months', () => {
  it.each([
    ['2026-10', false, 'two months over'],
    ['2026-11', false, 'last month (still 30 November in UTC)'],
    ['2026-12', true, 'the month under way in China'],
    ['2027-01', true, 'the next month, across the year'],
    ['2027-02', false, 'the month after next'],
    ['2027-12', false, 'a year ahead'],
  ])('%s is plannable on 1 December in China: %s (%s)', (month, plannable) => {
    expect(isPlannableMonth(month, firstOfDecemberInChina)).toBe(plannable);
  });

  it('is this month and the next, on the China calendar', () => {
    expect(planningWindow(firstOfDecemberInChina)).toEqual({ first: '2026-12', last: '2027-01' });
    // 31 January 23:59 in China: February is still next month; a minute later March becomes plannable.
    expect(planningWindow(new Date('2027-01-31T15:59:00Z'))).toEqual({ first: '2027-01', last: '2027-02' });
    expect(planningWindow(new Date('2027-01-31T16:00:00Z'))).toEqual({ first: '2027-02', last: '2027-03' });
  });

  it.each([
    [
      '2026-10',
      'inspection.planMonthPast',
      '2026年10月已经过去，不能再为它制定检查计划；请选择本月或下月。',
      'October 2026 is over; plans are made for this month or the next.',
    ],
    [
      '2027-03',
      'inspection.planMonthTooFar',
      '2027年3月还太远，检查计划只能为本月或下月制定；最晚可选2027年1月。',
      'It is too early to plan March 2027: plans are made for this month or the next, January 2027 at the latest.',
    ],
  ])('refuses %s in words naming it, on the month field', (month, expectedCode, zh, en) => {
    let refused: unknown;
    try {
      assertPlannableMonth(month, firstOfDecemberInChina);
    } catch (error) {
      refused = error;
    }
    expect(refused).toMatchObject({ code: expectedCode, field: 'month' });
    const { code, params } = refused as { code: string; params: Record<string, never> };
    expect(messageFor(catalogs, code, params, 'zh-CN')).toBe(zh);
    expect(messageFor(catalogs, code, params, 'en')).toBe(en);
  });

  it('accepts both months of the window', () => {
    expect(() => assertPlannableMonth('2026-12', firstOfDecemberInChina)).not.toThrow();
    expect(() => assertPlannableMonth('2027-01', firstOfDecemberInChina)).not.toThrow();
  });
});

describe('a plan to submit', () => {
  it('needs at least one entry', () => {
    expect(() => assertPlanHasEntries([])).toThrow(expect.objectContaining({ code: 'inspection.planEmpty' }));
    expect(() => assertPlanHasEntries([{}])).not.toThrow();
  });
});
