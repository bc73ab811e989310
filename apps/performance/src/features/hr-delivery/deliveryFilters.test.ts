import { readListState, writeListState } from '@duda/ui';
import { describe, expect, it } from 'vitest';
import { attemptOutcome, deliveryFilters } from './deliveryFilters.ts';

describe('delivery filters ↔ URL', () => {
  it('reads a month and a known status, ignores an unknown status', () => {
    expect(readListState(deliveryFilters, { month: '2026-11', status: 'GAVE_UP' }).filters).toEqual({
      month: '2026-11',
      status: 'GAVE_UP',
    });
    expect(readListState(deliveryFilters, { month: '2026-13', status: 'LOST' }).filters).toEqual({
      month: null,
      status: null,
    });
  });

  it('writes nothing for the defaults', () => {
    expect(writeListState(deliveryFilters, readListState(deliveryFilters, {}))).toEqual({});
  });
});

describe('attemptOutcome', () => {
  it.each([
    [{ statusCode: 200, durationMs: 41, error: null }, '200 · 41 ms'],
    [{ statusCode: 503, durationMs: 120, error: 'HTTP 503' }, '503 · 120 ms'],
    [{ statusCode: null, durationMs: 15000, error: 'ECONNREFUSED' }, 'ECONNREFUSED · 15000 ms'],
  ])('%j → %s', (attempt, line) => {
    expect(attemptOutcome(attempt)).toBe(line);
  });
});
