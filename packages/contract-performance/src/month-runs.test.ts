import { isAppError, messageFor } from '@duda/contract-kit';
import { describe, expect, it } from 'vitest';
import { performanceCatalogs } from './errors.ts';
import {
  MONTH_RUN_SOURCES,
  MONTH_RUN_STAGES,
  MONTH_RUN_STATUSES,
  MONTH_RUN_TRIGGERS,
  monthRunErrors,
  monthRunFailure,
  monthRunInputs,
  monthRunStatusTerms,
} from './month-runs.ts';
import { scorecardsErrors } from './scorecards-errors.ts';

const word = (code: string, locale: 'zh-CN' | 'en', params = {}) =>
  messageFor(performanceCatalogs, code, params, locale);

describe('the monthly run’s words', () => {
  it.each([
    ['monthRunStatus', MONTH_RUN_STATUSES],
    ['monthRunTrigger', MONTH_RUN_TRIGGERS],
    ['monthRunStage', MONTH_RUN_STAGES],
    ['monthRunSource', MONTH_RUN_SOURCES],
  ] as const)('names every %s in both languages', (area, values) => {
    for (const value of values)
      for (const locale of ['zh-CN', 'en'] as const)
        expect(word(`performance.${area}.${value}`, locale)).toMatch(/\S/);
  });

  it('says the run reached 完成 / Done', () => {
    expect(word(monthRunStatusTerms.term('SUCCEEDED').code, 'zh-CN')).toBe('完成');
    expect(word(monthRunStatusTerms.term('SUCCEEDED').code, 'en')).toBe('Done');
  });

  it('words a failed run’s reason in the reader’s language, an area’s refusal with its parameters', () => {
    const closed = scorecardsErrors.monthClosed({ month: '2026-11' });
    const failure = monthRunFailure({
      code: closed.code,
      params: { month: '2026-11' },
      message: closed.message,
    });
    expect(isAppError(failure)).toBe(true);
    expect(word(failure.code, 'en', failure.params)).toContain('2026-11 has been signed off');
    expect(word(monthRunErrors.interrupted.code, 'zh-CN')).toContain('中断');
    expect(word(monthRunErrors.failed.code, 'en')).toContain('Run it again later');
  });
});

describe('the run procedures’ inputs', () => {
  it('lists ten runs unless asked for up to fifty', () => {
    expect(monthRunInputs.runs.parse({ month: '2026-11' })).toEqual({ month: '2026-11', limit: 10 });
    expect(monthRunInputs.runs.safeParse({ month: '2026-11', limit: 51 }).success).toBe(false);
    expect(monthRunInputs.runs.safeParse({ month: '2026-13' }).success).toBe(false);
  });
  it('reads one run by its id', () => {
    expect(monthRunInputs.runStatus.safeParse({ id: 'not-an-id' }).success).toBe(false);
  });
});
