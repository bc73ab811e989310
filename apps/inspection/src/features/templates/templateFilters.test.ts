import { readListState, writeListState } from '@duda/ui';
import { describe, expect, it } from 'vitest';
import { templateFilters } from './templateFilters.ts';

describe('standards list filters ↔ URL', () => {
  it('reads the kind and whether retired versions show', () => {
    expect(readListState(templateFilters, { kind: 'DAILY', includeRetired: '1' }).filters).toEqual({
      kind: 'DAILY',
      includeRetired: true,
    });
    expect(readListState(templateFilters, { kind: 'MONTHLY' }).filters).toEqual({
      kind: null,
      includeRetired: false,
    });
  });

  it('leaves defaults out of the URL', () => {
    expect(writeListState(templateFilters, readListState(templateFilters, {}))).toEqual({});
  });
});
