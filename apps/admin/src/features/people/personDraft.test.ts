import { describe, expect, it } from 'vitest';
import type { PersonDetail } from './api.ts';
import { changesOf, draftOf, emptyDraft, newPersonOf } from './personDraft.ts';

const clerk: PersonDetail = {
  id: 'p1',
  staffNo: 'HZ10103',
  name: '赵雪',
  position: '营业员（综合业务）',
  status: 'active',
  orgNodeId: 'hubin',
  orgName: '湖滨营业厅',
  phone: null,
  hireDate: new Date('2024-03-01'),
  roles: [],
  account: null,
};

describe('the person form', () => {
  it('sends only what changed: a new hall is a transfer, an emptied phone is none', () => {
    const draft = { ...draftOf(clerk), orgNodeId: 'nanxing' };
    expect(changesOf(clerk, draft)).toEqual({ id: 'p1', orgNodeId: 'nanxing' });
    expect(changesOf({ ...clerk, phone: '13800000000' }, { ...draftOf(clerk), phone: ' ' })).toEqual({
      id: 'p1',
      phone: null,
    });
    expect(changesOf(clerk, draftOf(clerk))).toEqual({ id: 'p1' });
  });

  it('gives a new person their first role at their own org unit, or none', () => {
    const draft = {
      ...emptyDraft(),
      staffNo: 'HZ19999',
      name: '钱多多',
      orgNodeId: 'hubin',
      position: '营业员',
      hireDate: new Date('2026-12-01'),
      initialPassword: 'Welcome2026',
    };
    expect(newPersonOf({ ...draft, role: 'clerk' })).toMatchObject({
      phone: null,
      roles: [{ role: 'clerk', orgNodeId: 'hubin' }],
    });
    expect(newPersonOf(draft).roles).toEqual([]);
  });
});
