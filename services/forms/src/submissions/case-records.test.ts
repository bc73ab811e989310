import { describe, expect, it } from 'vitest';
import { caseRecordData, type CaseRecordRef } from './case-records.ts';

const record = (code: string): CaseRecordRef => ({
  code,
  orgNodeId: 'H1',
  submitterId: 'clerk',
  data: { contact: '13812345678', handler: { id: 'taker', name: '受理人' }, customerName: '王女士' },
});
const reader = (personId: string, roles: { role: string; orgNodeId: string }[] = []) => ({ personId, roles });

describe('an old 表8 record read by the complaint rule', () => {
  it.each([
    ['its intake clerk (submitter)', reader('clerk'), '13812345678'],
    ['the person it names as 受理人', reader('taker'), '13812345678'],
    ['its hall’s manager', reader('mgr', [{ role: 'hall_manager', orgNodeId: 'H1' }]), '13812345678'],
    ['another hall’s manager', reader('mgr2', [{ role: 'hall_manager', orgNodeId: 'H2' }]), '138****5678'],
    [
      'the district supervisor',
      reader('sup', [{ role: 'district_supervisor', orgNodeId: 'D1' }]),
      '138****5678',
    ],
    ['another clerk', reader('clerk2'), '138****5678'],
  ])('%s sees the contact as %s', (_who, actor, contact) => {
    const data = caseRecordData(actor, record('表8'));
    expect(data.contact).toBe(contact);
    expect(data.customerName).toBe('王女士');
  });

  it('leaves a plain form as it is', () => {
    expect(caseRecordData(reader('clerk2'), record('表7')).contact).toBe('13812345678');
  });
});
