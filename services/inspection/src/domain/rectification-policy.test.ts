import { describe, expect, it } from 'vitest';
import {
  DEFAULT_RECTIFICATION_POLICY,
  escalationForOverdue,
  rectificationDeadline,
  validateRectificationPolicy,
} from './rectification-policy.ts';

const policy = DEFAULT_RECTIFICATION_POLICY;

describe('rectificationDeadline', () => {
  // 2025-03-05 22:30 in Beijing
  const issuedAt = new Date('2025-03-05T14:30:00Z');

  it('counts China calendar days and ends at midnight Beijing time', () => {
    expect(rectificationDeadline('CRITICAL', issuedAt, policy).toISOString()).toBe(
      '2025-03-06T15:59:59.999Z',
    );
    expect(rectificationDeadline('MAJOR', issuedAt, policy).toISOString()).toBe('2025-03-08T15:59:59.999Z');
    expect(rectificationDeadline('MINOR', issuedAt, policy).toISOString()).toBe('2025-03-12T15:59:59.999Z');
  });

  it('uses the Beijing day even when UTC is still on the previous day', () => {
    const earlyMorning = new Date('2025-03-05T17:00:00Z'); // 01:00 on the 6th in Beijing
    expect(rectificationDeadline('CRITICAL', earlyMorning, policy).toISOString()).toBe(
      '2025-03-07T15:59:59.999Z',
    );
  });

  it('supports same-day rectification', () => {
    const sameDay = { ...policy, deadlineDays: { CRITICAL: 0, MAJOR: 3, MINOR: 7 } };
    expect(rectificationDeadline('CRITICAL', issuedAt, sameDay).toISOString()).toBe(
      '2025-03-05T15:59:59.999Z',
    );
  });
});

describe('escalationForOverdue', () => {
  const deadline = new Date('2025-03-06T15:59:59.999Z');
  const after = (ms: number) => new Date(deadline.getTime() + ms);
  const day = 86_400_000;

  it('stays with the hall up to the deadline', () => {
    expect(escalationForOverdue(deadline, deadline, policy)).toEqual({
      level: 0,
      label: '营业厅',
      overdueDays: 0,
    });
  });

  it('goes to the district as soon as it is overdue', () => {
    expect(escalationForOverdue(deadline, after(1), policy)).toEqual({
      level: 1,
      label: '区县公司',
      overdueDays: 1,
    });
    expect(escalationForOverdue(deadline, after(3 * day), policy).level).toBe(1);
  });

  it('goes to the city after the configured number of further days', () => {
    expect(escalationForOverdue(deadline, after(3 * day + 1), policy)).toEqual({
      level: 2,
      label: '市公司',
      overdueDays: 4,
    });
    expect(escalationForOverdue(deadline, after(1), { ...policy, cityEscalationAfterDays: 0 }).level).toBe(2);
  });
});

describe('validateRectificationPolicy', () => {
  it('accepts the defaults', () => {
    expect(() => validateRectificationPolicy(policy)).not.toThrow();
  });

  it('rejects fractional or negative days and an inverted order', () => {
    expect(() =>
      validateRectificationPolicy({ ...policy, deadlineDays: { CRITICAL: 1.5, MAJOR: 3, MINOR: 7 } }),
    ).toThrow(expect.objectContaining({ field: 'deadlineDays.CRITICAL' }));
    expect(() =>
      validateRectificationPolicy({ ...policy, deadlineDays: { CRITICAL: 5, MAJOR: 3, MINOR: 7 } }),
    ).toThrow(expect.objectContaining({ field: 'deadlineDays' }));
    expect(() => validateRectificationPolicy({ ...policy, cityEscalationAfterDays: -1 })).toThrow(
      expect.objectContaining({ field: 'cityEscalationAfterDays' }),
    );
  });
});
