import { describe, expect, it } from 'vitest';
import { blankAction, draftProblems, ownerOptions, planForms } from './coachingView.ts';

describe('a new plan', () => {
  it('offers the person and the coach as owners, the person first', () => {
    expect(ownerOptions({ personId: 'p1', personName: '赵雪' }, { id: 'c1', name: '李娜' })).toEqual([
      { value: 'p1', label: '赵雪' },
      { value: 'c1', label: '李娜' },
    ]);
  });

  it('starts an action as the person’s, followed up a week later (across a month end)', () => {
    expect(blankAction('p1', '2026-11-28')).toEqual({
      description: '',
      ownerId: 'p1',
      followUpOn: '2026-12-05',
    });
  });

  it.each([
    ['complete', '改进', [{ description: '复习规范', followUpOn: '2026-12-02' }], []],
    ['without a goal', '  ', [{ description: '复习规范', followUpOn: '2026-12-09' }], ['goal']],
    ['without actions', '改进', [], ['actions']],
    ['with a blank action', '改进', [{ description: ' ', followUpOn: '2026-12-09' }], ['description']],
    ['with yesterday as a date', '改进', [{ description: '复习', followUpOn: '2026-12-01' }], ['followUpOn']],
  ])('%s', (_, goal, actions, problems) => {
    const draft = { goal, actions: actions.map((action) => ({ ...action, ownerId: 'p1' })) };
    expect(draftProblems(draft, '2026-12-02')).toEqual(problems);
  });
});

describe('what a plan offers', () => {
  const recorded = { followedUpAt: new Date() };
  const open = { followedUpAt: null };

  it.each([
    ['the coach, open, a follow-up to record', 'OPEN', true, [recorded, open], true, false],
    ['the coach, open, all recorded', 'OPEN', true, [recorded], true, true],
    ['the person', 'OPEN', false, [open], false, false],
    ['the coach, closed', 'IMPROVED', true, [recorded], false, true],
  ] as const)('%s', (_, status, canCoach, actions, coaching, judged) => {
    expect(planForms({ status, canCoach, actions })).toEqual({ followUp: coaching, close: coaching, judged });
  });
});
