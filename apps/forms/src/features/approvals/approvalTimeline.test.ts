import { describe, expect, it } from 'vitest';
import { timelineOf, type TimelineWords } from './approvalTimeline.ts';

const words: TimelineWords = {
  action: (action) =>
    ({ SUBMIT: '提交', REJECT: '拒绝', APPROVE: '同意', ESCALATE: '超时上报' })[action as string] ?? action,
  onBehalf: (actor, principal) => `${actor}（代 ${principal}）`,
  system: '系统',
};

describe('timelineOf', () => {
  it('words each action with who did it, for whom, and the comment', () => {
    expect(
      timelineOf(
        [
          {
            at: '2026-12-01T01:00:00Z',
            action: 'SUBMIT',
            actorName: '王小美',
            onBehalfOfName: null,
            comment: null,
          },
          {
            at: '2026-12-01T02:00:00Z',
            action: 'REJECT',
            actorName: '李店长',
            onBehalfOfName: null,
            comment: '日期写错了',
          },
          {
            at: '2026-12-02T02:00:00Z',
            action: 'APPROVE',
            actorName: '赵值班',
            onBehalfOfName: '李店长',
            comment: null,
          },
          {
            at: '2026-12-03T02:00:00Z',
            action: 'ESCALATE',
            actorName: null,
            onBehalfOfName: null,
            comment: null,
          },
        ],
        words,
      ),
    ).toEqual([
      { at: '2026-12-01T01:00:00Z', actor: '王小美', action: '提交', status: 'submitted' },
      {
        at: '2026-12-01T02:00:00Z',
        actor: '李店长',
        action: '拒绝',
        comment: '日期写错了',
        status: 'rejected',
      },
      { at: '2026-12-02T02:00:00Z', actor: '赵值班（代 李店长）', action: '同意', status: 'approved' },
      { at: '2026-12-03T02:00:00Z', actor: '系统', action: '超时上报', status: 'overdue' },
    ]);
  });
});
