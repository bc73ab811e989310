import { describe, expect, it } from 'vitest';
import { changedFields } from './auditChange.ts';

describe('what an audit entry changed', () => {
  it('lists only the fields whose value differs', () => {
    const before = { name: '湖滨营业厅', address: null, active: true };
    const after = { name: '湖滨旗舰营业厅', address: '湖滨路 1 号', active: true };
    expect(changedFields(before, after)).toEqual([
      { field: 'name', before: '湖滨营业厅', after: '湖滨旗舰营业厅' },
      { field: 'address', before: '', after: '湖滨路 1 号' },
    ]);
  });

  it('reads a creation from its after alone and a revocation from its before alone', () => {
    expect(changedFields(null, { role: 'duty_manager' })).toEqual([
      { field: 'role', before: '', after: 'duty_manager' },
    ]);
    expect(changedFields({ role: 'clerk' }, undefined)).toEqual([
      { field: 'role', before: 'clerk', after: '' },
    ]);
  });

  it('shows a nested value as JSON', () => {
    expect(changedFields({}, { roles: [{ role: 'clerk' }] })).toEqual([
      { field: 'roles', before: '', after: '[{"role":"clerk"}]' },
    ]);
  });
});
