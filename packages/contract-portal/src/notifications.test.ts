import { describe, expect, it } from 'vitest';
import { describeNotification, notificationInputs } from './notifications.ts';

describe('notifications contract', () => {
  it('words an exam publication in both languages on China time', () => {
    const n = {
      kind: 'EXAM_PUBLISHED' as const,
      title: '11月月考',
      params: { opensAt: '2026-11-20T01:00:00.000Z', closesAt: '2026-11-20T03:00:00.000Z' },
    };
    expect(describeNotification(n, 'zh-CN')).toEqual({
      heading: '考试发布：11月月考',
      detail: '考试时间 11/20 09:00 至 11/20 11:00',
    });
    expect(describeNotification(n, 'en').heading).toBe('Exam published: 11月月考');
  });

  it('says a rejection without a comment ends the sentence', () => {
    const n = { kind: 'PLAN_REJECTED' as const, title: '计划', params: { reviewerName: '张三' } };
    expect(describeNotification(n, 'zh-CN').detail).toBe('张三退回了计划');
    expect(describeNotification(n, 'en').detail).toBe('张三 sent the plan back.');
  });

  it('says who copied the person in on an approval', () => {
    const n = { kind: 'APPROVAL_COPIED' as const, title: '请假申请（赵雪）', params: { senderName: '李娜' } };
    expect(describeNotification(n, 'zh-CN')).toEqual({
      heading: '审批抄送：请假申请（赵雪）',
      detail: '李娜将这份审批抄送给您，您可以查看审批内容和进度',
    });
    expect(describeNotification(n, 'en').detail).toBe(
      '李娜 copied you in on this approval: you can read it and follow its progress.',
    );
  });

  it('words a queue warning with its level, the crowd and the counters, and what to do', () => {
    const n = {
      kind: 'QUEUE_WARNING' as const,
      title: '湖滨营业厅',
      params: { level: 2, waitingCustomers: 15, openCounters: 4, at: '2026-11-23T02:00:00.000Z' },
    };
    expect(describeNotification(n, 'zh-CN')).toEqual({
      heading: '排队预警：湖滨营业厅',
      detail: '11/23 10:00 二级排队预警：等候 15 人，开放 4 个窗口，请增开窗口、疏导客流',
    });
    expect(describeNotification(n, 'en').detail).toMatch(
      /^Level 2 queue warning at .+: 15 waiting, 4 counters open\./,
    );
  });

  it('refuses an unknown kind in preferences and defaults the list to everything', () => {
    expect(
      notificationInputs.setPreferences.safeParse({ smsKinds: ['NOPE'], emailKinds: [], dailyDigest: true })
        .success,
    ).toBe(false);
    expect(notificationInputs.list.parse({})).toMatchObject({ unreadOnly: false, page: 1 });
  });
});
