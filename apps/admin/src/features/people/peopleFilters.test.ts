import { readListState, writeListState } from '@duda/ui';
import { describe, expect, it } from 'vitest';
import { peopleFilters } from './peopleFilters.ts';

describe('people list filters ↔ URL', () => {
  it('reads a name, a known role and status, and ignores an unknown one', () => {
    const state = readListState(peopleFilters, { q: '赵', role: 'duty_manager', status: 'gone' });
    expect(state.filters).toEqual({ q: '赵', orgNodeId: null, role: 'duty_manager', status: null });
  });

  it('writes nothing for the defaults', () => {
    expect(writeListState(peopleFilters, readListState(peopleFilters, {}))).toEqual({});
  });
});
