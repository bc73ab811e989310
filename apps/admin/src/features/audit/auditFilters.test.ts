import { readListState, writeListState } from '@duda/ui';
import { describe, expect, it } from 'vitest';
import { auditFilterInput, auditFilters } from './auditFilters.ts';

describe('audit log filters ↔ URL and the service', () => {
  it('reads a known action and whole days, and ignores what is neither', () => {
    const state = readListState(auditFilters, {
      action: 'role.assign',
      from: '2026-12-01',
      to: 'yesterday',
    });
    expect(state.filters).toMatchObject({ action: 'role.assign', from: '2026-12-01', to: null });
    expect(readListState(auditFilters, { action: 'person.delete' }).filters.action).toBeNull();
  });

  it('asks for whole China days, the last one included', () => {
    const { filters } = readListState(auditFilters, { from: '2026-12-01', to: '2026-12-01' });
    expect(auditFilterInput(filters)).toMatchObject({
      from: new Date('2026-11-30T16:00:00.000Z'),
      to: new Date('2026-12-01T15:59:59.999Z'),
    });
  });

  it('writes nothing for the defaults', () => {
    expect(writeListState(auditFilters, readListState(auditFilters, {}))).toEqual({});
  });
});
