import { describe, expect, it } from 'vitest';
import { mayRevise, versionActions, type VersionFacts } from './policyView.ts';

const mine = { mayGiveOpinion: false, requiredReading: false, readAt: null };
const v = (status: VersionFacts['status'], over: Partial<VersionFacts> = {}): VersionFacts => ({
  status,
  approvalInstanceId: null,
  mine,
  ...over,
});

describe('what the drawer offers on a version', () => {
  it.each([
    ['the author on a new draft', v('DRAFT'), true, ['edit', 'consult']],
    [
      'the author on a draft sent back',
      v('DRAFT', { approvalInstanceId: 'i' }),
      true,
      ['edit', 'markOpinions', 'submit', 'approval'],
    ],
    ['the author during consultation', v('IN_CONSULTATION'), true, ['markOpinions', 'submit']],
    [
      'the author while the leader decides',
      v('AWAITING_APPROVAL', { approvalInstanceId: 'i' }),
      true,
      ['approval'],
    ],
    [
      'a consulted supervisor',
      v('IN_CONSULTATION', { mine: { ...mine, mayGiveOpinion: true } }),
      false,
      ['giveOpinion'],
    ],
    [
      'a clerk on an unread version in force',
      v('IN_FORCE', { mine: { ...mine, requiredReading: true } }),
      false,
      ['read'],
    ],
    [
      'a clerk who read it',
      v('IN_FORCE', { mine: { ...mine, requiredReading: true, readAt: '2026-12-02' } }),
      false,
      [],
    ],
    ['anyone on a superseded version', v('SUPERSEDED'), false, []],
  ] as const)('%s', (_, version, manages, expected) => {
    expect(versionActions(version, manages)).toEqual(expected);
  });

  it.each([
    [['IN_FORCE', 'SUPERSEDED'], true, true],
    [['DRAFT', 'IN_FORCE'], true, false],
    [['IN_FORCE'], false, false],
  ] as const)('revising %j (manages: %s): %s', (statuses, manages, expected) => {
    expect(
      mayRevise(
        statuses.map((status) => ({ status })),
        manages,
      ),
    ).toBe(expected);
  });
});
