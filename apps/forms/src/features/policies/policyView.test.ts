import { describe, expect, it } from 'vitest';
import {
  deadlineInDays,
  mayRevise,
  unitsBelow,
  versionActions,
  type UnitNode,
  type VersionFacts,
} from './policyView.ts';

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

describe('the units a consultation may go to', () => {
  const unit = (id: string, children: UnitNode[] = []): UnitNode => ({ id, name: `${id}名`, children });
  const tree = [unit('省', [unit('市', [unit('上城', [unit('湖滨')]), unit('西湖')])])];
  it.each([
    ['a city: its districts', '市', ['上城', '西湖']],
    ['a district: its halls', '上城', ['湖滨']],
    ['a hall: nothing below it', '湖滨', []],
    ['a unit the caller does not see', '别处', []],
  ])('%s', (_, owner, expected) => {
    expect(unitsBelow(tree, owner)).toEqual(expected.map((id) => ({ id, name: `${id}名` })));
  });
});

describe('a deadline quick pick', () => {
  it.each([
    [3, new Date(2026, 11, 2, 9, 30), new Date(2026, 11, 5, 18, 0)],
    [7, new Date(2026, 11, 28, 20, 0), new Date(2027, 0, 4, 18, 0)],
    [14, new Date(2026, 1, 20, 0, 0), new Date(2026, 2, 6, 18, 0)],
  ])('%i days from %s ends the working day at 18:00', (days, now, expected) => {
    expect(deadlineInDays(days, now)).toEqual(expected);
  });
});
