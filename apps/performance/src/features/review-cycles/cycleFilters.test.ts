import { readListState, writeListState } from '@duda/ui';
import { describe, expect, it } from 'vitest';
import { cycleFilters } from './cycleFilters.ts';

describe('review cycle filters ↔ URL', () => {
  it('reads a known status and ignores an unknown one', () => {
    expect(readListState(cycleFilters, { status: 'RELEASED' }).filters).toEqual({ status: 'RELEASED' });
    expect(readListState(cycleFilters, { status: 'LOST' }).filters).toEqual({ status: null });
  });

  it('writes nothing for the defaults', () => {
    expect(writeListState(cycleFilters, readListState(cycleFilters, {}))).toEqual({});
  });
});
