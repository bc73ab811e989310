import { readListState, writeListState } from '@duda/ui';
import { describe, expect, it } from 'vitest';
import { entryFilters } from './entryFilters.ts';

describe('entry list filters ↔ URL', () => {
  it('reads a known status and ignores an unknown one', () => {
    expect(readListState(entryFilters, { status: 'DONE' }).filters).toEqual({ status: 'DONE' });
    expect(readListState(entryFilters, { status: 'LOST' }).filters).toEqual({ status: null });
  });

  it('writes nothing for the defaults', () => {
    expect(writeListState(entryFilters, readListState(entryFilters, {}))).toEqual({});
  });
});
