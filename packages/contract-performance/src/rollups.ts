// 季度/年度汇总 (#11 point 1: "monthly; quarterly and annual roll-ups by stated rules"): a person's score over a
// quarter or a year, read in the same scope as the months' scorecards and only from signed-off months.
import { commonErrors, pageInput, text } from '@duda/contract-kit';
import { z } from 'zod';

const id = z.uuid({ error: commonErrors.invalidId.code });

/** A quarter of the year, or the whole year. */
export const ROLLUP_PERIODS = ['Q1', 'Q2', 'Q3', 'Q4', 'YEAR'] as const;
export type RollupPeriod = (typeof ROLLUP_PERIODS)[number];

/**
 * The stated rule, named so each answer carries it: the mean of the final scores of the period's signed-off months in
 * which the person had a scorecard (a month without one is left out, not counted as 0), graded by the city's bands.
 */
export const ROLLUP_RULE = 'MEAN_OF_SIGNED_OFF_MONTHS' as const;

const period = {
  year: z.number().int().min(1900).max(2999),
  period: z.enum(ROLLUP_PERIODS),
};

export const rollupInputs = {
  /** Everyone's roll-up of the period in the caller's scope, narrowed to a unit or a name / 工号. */
  list: pageInput.extend({
    ...period,
    orgNodeId: id.nullish(),
    search: text().trim().max(40).nullish(),
  }),
  /** One person's roll-up with the months it is made of. */
  get: z.object({ ...period, personId: id }),
  /** HR's file of the period (xlsx), with the list's filters: one row per person, each month's score beside. */
  export: z.object({
    ...period,
    orgNodeId: id.nullish(),
    search: text().trim().max(40).nullish(),
  }),
};

/** The months (YYYY-MM) a period covers. */
export function periodMonths(year: number, period: RollupPeriod): string[] {
  const first = period === 'YEAR' ? 1 : (Number(period.slice(1)) - 1) * 3 + 1;
  const count = period === 'YEAR' ? 12 : 3;
  return Array.from({ length: count }, (_, index) => `${year}-${String(first + index).padStart(2, '0')}`);
}
