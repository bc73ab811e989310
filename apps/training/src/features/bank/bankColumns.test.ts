import { describe, expect, it } from 'vitest';
import { bankColumns, index, percent } from './bankColumns.ts';

describe('the bank table', () => {
  it('shows facility as a percentage and discrimination as a whole index, a dash when unknown', () => {
    expect(percent(0.625)).toBe('63%');
    expect(percent(null)).toBe('—');
    expect(index(42.4)).toBe('42');
    expect(index(null)).toBe('—');
  });

  it('keeps the question and its type on a phone', () => {
    expect(bankColumns((key) => key, true).map((c) => c.key)).toEqual(['stem', 'type']);
    expect(bankColumns((key) => key).map((c) => c.key)).toEqual(
      expect.arrayContaining(['discrimination', 'actions']),
    );
  });
});
