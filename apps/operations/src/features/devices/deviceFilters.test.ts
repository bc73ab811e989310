import { readListState, writeListState } from '@duda/ui';
import { describe, expect, it } from 'vitest';
import { deviceFilters } from './deviceFilters.ts';

describe('ledger filters ↔ URL', () => {
  it('reads a known type and status and ignores unknown ones', () => {
    expect(readListState(deviceFilters, { type: 'SELF_SERVICE', status: 'FAULTY' }).filters).toMatchObject({
      type: 'SELF_SERVICE',
      status: 'FAULTY',
    });
    expect(readListState(deviceFilters, { type: 'TOASTER' }).filters).toMatchObject({ type: null });
  });

  it('writes nothing for the defaults', () => {
    expect(writeListState(deviceFilters, readListState(deviceFilters, {}))).toEqual({});
  });
});
