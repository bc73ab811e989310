import { describe, expect, it } from 'vitest';
import { planActions, planTimeline } from './planWorkflow.ts';

const none = { edit: false, submit: false, revise: false, decide: false, publish: false };

describe('planActions', () => {
  it('offers only what the server allows', () => {
    expect(planActions(none)).toEqual([]);
    expect(planActions({ ...none, edit: true, submit: true })).toEqual(['SUBMIT']);
    expect(planActions({ ...none, decide: true })).toEqual(['APPROVE', 'REJECT']);
    expect(planActions({ ...none, edit: true, revise: true })).toEqual(['REVISE']);
    expect(planActions({ ...none, publish: true })).toEqual(['PUBLISH']);
  });
});

describe('planTimeline', () => {
  it('labels each event, keeps comments and tones the status it led to', () => {
    const at = new Date('2026-11-02T02:00:00Z');
    const timeline = planTimeline(
      [
        { at, actor: '刘海涛', action: 'CREATE', fromStatus: null, toStatus: 'DRAFT', comment: null },
        {
          at,
          actor: '王建国',
          action: 'REJECT',
          fromStatus: 'SUBMITTED',
          toStatus: 'REJECTED',
          comment: '请提前到中旬',
        },
      ],
      (key) => `<${key}>`,
    );
    expect(timeline).toEqual([
      {
        at,
        actor: '刘海涛',
        action: '<inspection.plans.history.CREATE>',
        status: 'draft',
        statusLabel: '<inspection.plans.status.DRAFT>',
      },
      {
        at,
        actor: '王建国',
        action: '<inspection.plans.history.REJECT>',
        comment: '请提前到中旬',
        status: 'rejected',
        statusLabel: '<inspection.plans.status.REJECTED>',
      },
    ]);
  });
});
