import { describe, expect, it } from 'vitest';
import { staffIdErrors, staffIdInputs } from './staff-ids.ts';

const issue = {
  system: 'CRM',
  loginId: 'crm.hb.0001',
  personId: '0d6f4a8e-2b1c-4c3d-9e8f-1a2b3c4d5e6f',
};

describe('issuing a staff ID (表5)', () => {
  it('takes an issue date PostgreSQL can store, and refuses one it cannot (found by the fuzzing suite)', () => {
    expect(staffIdInputs.issue.safeParse({ ...issue, issuedAt: '2026-03-02T01:00:00Z' }).success).toBe(true);
    expect(
      staffIdInputs.issue.safeParse({ ...issue, issuedAt: new Date('-150797-10-12T20:52:21.255Z') }).success,
    ).toBe(false);
  });

  it('refuses an ID of other characters with its own code', () => {
    const parsed = staffIdInputs.issue.safeParse({ ...issue, loginId: 'crm hb' });
    expect(parsed.error?.issues[0]?.message).toBe(staffIdErrors.loginIdFormat.code);
  });
});
