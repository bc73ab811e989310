import { describe, expect, it } from 'vitest';
import { availableActions, historyTimeline, orderTag, severityTag } from './rectificationStatus.ts';

describe('rectification status views', () => {
  it('shows an overdue order as overdue whatever its status', () => {
    expect(orderTag({ status: 'REJECTED_BACK', overdue: true })).toEqual({
      status: 'overdue',
      labelKey: 'status.overdue',
    });
    expect(orderTag({ status: 'RESPONDED', overdue: false })).toEqual({
      status: 'responded',
      labelKey: 'status.RESPONDED',
    });
    expect(orderTag({ status: 'ACCEPTED', overdue: false }).status).toBe('verified');
  });

  it('gives critical problems the fail tone', () => {
    expect(severityTag('CRITICAL')).toEqual({ status: 'fail', labelKey: 'severity.CRITICAL' });
    expect(severityTag('MINOR').status).toBe('closed');
  });

  it('turns the history into timeline steps, keeping reasons and leaving out empty comments', () => {
    const at = new Date('2026-11-02T02:00:00Z');
    const steps = historyTimeline(
      [
        { at, actor: '刘海涛', action: 'ISSUE', fromStatus: 'OPEN', toStatus: 'OPEN', comment: null },
        {
          at,
          actor: '刘海涛',
          action: 'REJECT_BACK',
          fromStatus: 'RESPONDED',
          toStatus: 'REJECTED_BACK',
          comment: '照片看不出整改效果',
        },
      ],
      (key) => key.split('.').pop()!,
    );
    expect(steps).toEqual([
      { at, actor: '刘海涛', action: 'ISSUE', status: 'open', statusLabel: 'OPEN' },
      {
        at,
        actor: '刘海涛',
        action: 'REJECT_BACK',
        status: 'rejected',
        statusLabel: 'REJECTED_BACK',
        comment: '照片看不出整改效果',
      },
    ]);
  });

  it('offers each side only the step that is theirs and due', () => {
    const hall = { canRespond: true, canVerify: false };
    const inspector = { canRespond: false, canVerify: true };
    expect(availableActions({ ...hall, status: 'OPEN' })).toEqual({ respond: true, verify: false });
    expect(availableActions({ ...hall, status: 'REJECTED_BACK' })).toEqual({ respond: true, verify: false });
    expect(availableActions({ ...hall, status: 'RESPONDED' })).toEqual({ respond: false, verify: false });
    expect(availableActions({ ...inspector, status: 'RESPONDED' })).toEqual({ respond: false, verify: true });
    expect(availableActions({ ...inspector, status: 'ACCEPTED' })).toEqual({ respond: false, verify: false });
  });
});
