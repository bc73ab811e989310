import { describe, expect, it } from 'vitest';
import { deviceInputs } from './devices.ts';
import { operationsErrors } from './errors.ts';
import {
  FAULT_STATUSES,
  faultInputs,
  isFaultOpen,
  nextFaultStatus,
  type FaultMove,
  type FaultStatus,
} from './faults.ts';

describe('the fault state machine', () => {
  const cases: [FaultStatus, FaultMove, FaultStatus | null][] = [
    ['REPORTED', 'assign', 'ASSIGNED'],
    ['ASSIGNED', 'assign', 'ASSIGNED'],
    ['REPORTED', 'repair', null],
    ['ASSIGNED', 'repair', 'REPAIRED'],
    ['REPAIRED', 'confirm', 'CONFIRMED'],
    ['REPAIRED', 'reopen', 'ASSIGNED'],
    ['ASSIGNED', 'confirm', null],
    ['CONFIRMED', 'assign', null],
    ['CONFIRMED', 'reopen', null],
  ];
  it.each(cases)('%s, %s → %s', (status, move, next) => {
    expect(nextFaultStatus(status, move)).toBe(next);
  });

  it('a fault is open until confirmed', () => {
    expect(FAULT_STATUSES.filter(isFaultOpen)).toEqual(['REPORTED', 'ASSIGNED', 'REPAIRED']);
  });
});

describe('ledger inputs', () => {
  const orgNodeId = '00000000-0000-4000-8000-000000000001';
  it('refuses a device without a model or with a badly written install date, with the area codes', () => {
    const base = { orgNodeId, type: 'POS', model: 'X1', assetNo: 'A-1', installedOn: '2026-03-01' };
    expect(deviceInputs.register.parse(base).location).toBe('');
    const noModel = deviceInputs.register.safeParse({ ...base, model: '  ' });
    expect(noModel.error?.issues[0]?.message).toBe(operationsErrors.modelRequired.code);
    const badDate = deviceInputs.register.safeParse({ ...base, installedOn: '2026/3/1' });
    expect(badDate.error?.issues[0]?.message).toBe(operationsErrors.dateInvalid.code);
    for (const installedOn of ['2026-02-30', '9999-99-99']) {
      const noSuchDay = deviceInputs.register.safeParse({ ...base, installedOn });
      expect(noSuchDay.error?.issues[0]?.message).toBe(operationsErrors.dateInvalid.code);
    }
  });

  it('refuses a fault without a description', () => {
    const result = faultInputs.report.safeParse({ deviceId: orgNodeId, description: ' ' });
    expect(result.error?.issues[0]?.message).toBe(operationsErrors.faultDescriptionRequired.code);
  });
});
