import { describe, expect, it } from 'vitest';
import { initialStatus, isCandidate, mayApprove, mayPropose, standingOf } from './nominations.ts';

const subject = { personId: 'li-na', superiorIds: ['liu', 'chen'] };

describe('standingOf', () => {
  it.each([
    ['li-na', true, 'SUBJECT'],
    ['li-na', false, 'SUBJECT'],
    ['liu', false, 'SUPERIOR'],
    ['liu', true, 'SUPERIOR'],
    ['hr', true, 'MANAGER'],
    ['peer', false, null],
  ] as const)('%s (manages: %s) → %s', (personId, manages, standing) => {
    expect(standingOf({ personId, manages }, subject)).toBe(standing);
  });
});

describe('nominating', () => {
  it.each([
    ['SUBJECT', true, false, 'PROPOSED'],
    ['SUPERIOR', true, true, 'APPROVED'],
    ['MANAGER', true, true, 'APPROVED'],
  ] as const)('%s proposes %s, approves %s, starts %s', (standing, propose, approve, status) => {
    expect([mayPropose(standing), mayApprove(standing), initialStatus(standing)]).toEqual([
      propose,
      approve,
      status,
    ]);
  });

  it('nobody else proposes or approves', () => {
    expect([mayPropose(null), mayApprove(null)]).toEqual([false, false]);
  });

  it('only peers and reports among the candidates may be nominated (superiors come from the org tree)', () => {
    const candidates = [
      { personId: 'wu', perspective: 'PEER' as const },
      { personId: 'zhang', perspective: 'SUBORDINATE' as const },
      { personId: 'liu', perspective: 'SUPERIOR' as const },
    ];
    expect(['wu', 'zhang', 'liu', 'stranger'].map((id) => isCandidate(candidates, id))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
