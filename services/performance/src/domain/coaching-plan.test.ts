import type { PlanStatus } from '@duda/contract-performance';
import { describe, expect, it } from 'vitest';
import {
  checkNewPlan,
  followUpDue,
  nextFollowUp,
  nextPlanStatus,
  type NewPlan,
  type PlanMove,
} from './coaching-plan.ts';

const refusal = (run: () => unknown) => {
  try {
    run();
    return null;
  } catch (error) {
    const { code, params, field } = error as { code?: string; params?: unknown; field?: string };
    return { code: code ?? String(error), params, field };
  }
};

const followUp: PlanMove = { kind: 'FOLLOW_UP', alreadyRecorded: false };
const close = (outcome: 'IMPROVED' | 'NOT_IMPROVED' | 'MOVED_ON', followUpsOpen = 0): PlanMove => ({
  kind: 'CLOSE',
  outcome,
  followUpsOpen,
});

describe('nextPlanStatus', () => {
  it.each<[string, PlanStatus, PlanMove, PlanStatus | string]>([
    ['a follow-up keeps the plan open', 'OPEN', followUp, 'OPEN'],
    ['improved, every follow-up recorded', 'OPEN', close('IMPROVED'), 'IMPROVED'],
    ['not improved, every follow-up recorded', 'OPEN', close('NOT_IMPROVED'), 'NOT_IMPROVED'],
    ['moved on with follow-ups still open', 'OPEN', close('MOVED_ON', 2), 'MOVED_ON'],
    ['improved with one follow-up open', 'OPEN', close('IMPROVED', 1), 'performance.coaching.followUpsOpen'],
    ['not improved with two open', 'OPEN', close('NOT_IMPROVED', 2), 'performance.coaching.followUpsOpen'],
    [
      'a follow-up recorded twice',
      'OPEN',
      { kind: 'FOLLOW_UP', alreadyRecorded: true },
      'performance.coaching.followUpRecorded',
    ],
    ['a follow-up on an improved plan', 'IMPROVED', followUp, 'performance.coaching.planClosed'],
    ['closing a plan again', 'NOT_IMPROVED', close('IMPROVED'), 'performance.coaching.planClosed'],
    ['closing a moved-on plan', 'MOVED_ON', close('MOVED_ON'), 'performance.coaching.planClosed'],
  ])('%s', (_, status, move, expected) => {
    const outcome = refusal(() => nextPlanStatus(status, move));
    if (expected.startsWith('performance.')) expect(outcome?.code).toBe(expected);
    else expect(nextPlanStatus(status, move)).toBe(expected);
  });

  it('names the closed status and the open count in its refusal', () => {
    expect(refusal(() => nextPlanStatus('IMPROVED', followUp))?.params).toEqual({
      status: { code: 'performance.planStatus.IMPROVED', params: {} },
    });
    expect(refusal(() => nextPlanStatus('OPEN', close('IMPROVED', 3)))?.params).toEqual({ count: 3 });
  });
});

const PERSON = 'p-clerk';
const COACH = 'p-manager';
const plan = (over: Partial<NewPlan> = {}): NewPlan => ({
  reasons: ['LOW_SCORE'],
  score: 55,
  lowScore: 60,
  shown: true,
  hasOpenPlan: false,
  today: '2026-12-02',
  actions: [
    { ownerId: PERSON, followUpOn: '2026-12-02' },
    { ownerId: COACH, followUpOn: '2026-12-16' },
  ],
  owners: [PERSON, COACH],
  ...over,
});

describe('checkNewPlan', () => {
  it.each<[string, Partial<NewPlan>, string | null, string?]>([
    ['a low result, actions from today on', {}, null],
    ['a result not shown yet', { shown: false }, 'performance.coaching.notShown'],
    ['a result that is not low', { reasons: [], score: 78 }, 'performance.coaching.notLowPerformer'],
    ['a second open plan', { hasOpenPlan: true }, 'performance.coaching.planAlreadyOpen'],
    [
      'an owner from elsewhere',
      { actions: [{ ownerId: 'p-other', followUpOn: '2026-12-03' }] },
      'performance.coaching.ownerOutsidePlan',
      'actions.0.ownerId',
    ],
    [
      'yesterday as a follow-up date',
      {
        actions: [
          { ownerId: PERSON, followUpOn: '2026-12-03' },
          { ownerId: PERSON, followUpOn: '2026-12-01' },
        ],
      },
      'performance.coaching.followUpInPast',
      'actions.1.followUpOn',
    ],
  ])('%s', (_, over, code, field) => {
    const outcome = refusal(() => checkNewPlan(plan(over)));
    expect(outcome?.code ?? null).toBe(code);
    if (field) expect(outcome?.field).toBe(field);
  });
});

describe('follow-ups', () => {
  const recorded = new Date('2026-12-02T03:00:00Z');
  const actions = [
    { followUpOn: '2026-12-09', followedUpAt: null },
    { followUpOn: '2026-12-01', followedUpAt: recorded },
    { followUpOn: '2026-12-05', followedUpAt: null },
  ];

  it('the next is the earliest still to record', () => {
    expect(nextFollowUp(actions)).toBe('2026-12-05');
    expect(nextFollowUp(actions.map((one) => ({ ...one, followedUpAt: recorded })))).toBeNull();
  });

  it.each<[string, string, Date | null, boolean]>([
    ['before its date', '2026-12-05', null, false],
    ['on its date', '2026-12-02', null, true],
    ['after its date', '2026-11-30', null, true],
    ['recorded', '2026-11-30', recorded, false],
  ])('%s: due on 2026-12-02 is %s', (_, followUpOn, followedUpAt, due) => {
    expect(followUpDue({ followUpOn, followedUpAt }, '2026-12-02')).toBe(due);
  });
});
