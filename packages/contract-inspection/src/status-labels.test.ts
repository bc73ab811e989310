import { describe, expect, it } from 'vitest';
import { ORDER_STATUS_LABELS_ZH, PLAN_STATUS_LABELS_ZH } from './status-labels.ts';

describe('status labels, one vocabulary with the terms the messages use', () => {
  it('names plan statuses as the plan workflow does', () => {
    expect(PLAN_STATUS_LABELS_ZH).toEqual({
      DRAFT: '草稿',
      SUBMITTED: '待审批',
      APPROVED: '已审批',
      REJECTED: '已退回',
      PUBLISHED: '已下发',
    });
  });

  it('names rectification order statuses', () => {
    expect(ORDER_STATUS_LABELS_ZH).toEqual({
      OPEN: '待整改',
      RESPONDED: '待验证',
      REJECTED_BACK: '已退回重改',
      ACCEPTED: '已闭环',
    });
  });
});
