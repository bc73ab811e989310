import { describe, expect, it } from 'vitest';
import {
  INSPECTION_STATUSES,
  NOTICE_STATUSES,
  PLAN_STATUSES,
  RECTIFICATION_STATUSES,
  TEMPLATE_STATUSES,
} from './enums.ts';
import {
  INSPECTION_STATUS_LABELS_EN,
  INSPECTION_STATUS_LABELS_ZH,
  NOTICE_STATUS_LABELS_EN,
  NOTICE_STATUS_LABELS_ZH,
  ORDER_STATUS_LABELS_ZH,
  PLAN_STATUS_LABELS_ZH,
  TEMPLATE_STATUS_LABELS_EN,
  TEMPLATE_STATUS_LABELS_ZH,
} from './status-labels.ts';

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

  it('names notice statuses', () => {
    expect(NOTICE_STATUS_LABELS_ZH).toEqual({ DRAFT: '草稿', PUBLISHED: '已发布' });
    expect(NOTICE_STATUS_LABELS_EN).toEqual({ DRAFT: 'Draft', PUBLISHED: 'Published' });
  });

  it('names inspection statuses', () => {
    expect(INSPECTION_STATUS_LABELS_ZH).toEqual({ DRAFT: '填写中', SUBMITTED: '已提交' });
    expect(INSPECTION_STATUS_LABELS_EN).toEqual({ DRAFT: 'In progress', SUBMITTED: 'Submitted' });
  });

  it('names checklist standard statuses', () => {
    expect(TEMPLATE_STATUS_LABELS_ZH).toEqual({ DRAFT: '草稿', PUBLISHED: '使用中', RETIRED: '已停用' });
    expect(TEMPLATE_STATUS_LABELS_EN).toEqual({ DRAFT: 'Draft', PUBLISHED: 'In use', RETIRED: 'Retired' });
  });

  // Driven by the enums themselves: a status added to an enum without a term fails here, whatever the examples
  // above list.
  it.each([
    ['plan', PLAN_STATUSES, [PLAN_STATUS_LABELS_ZH]],
    ['rectification order', RECTIFICATION_STATUSES, [ORDER_STATUS_LABELS_ZH]],
    ['notice', NOTICE_STATUSES, [NOTICE_STATUS_LABELS_ZH, NOTICE_STATUS_LABELS_EN]],
    ['inspection', INSPECTION_STATUSES, [INSPECTION_STATUS_LABELS_ZH, INSPECTION_STATUS_LABELS_EN]],
    ['checklist standard', TEMPLATE_STATUSES, [TEMPLATE_STATUS_LABELS_ZH, TEMPLATE_STATUS_LABELS_EN]],
  ] as const)('labels every %s status in each language', (_, statuses, labelSets) => {
    for (const labels of labelSets as readonly Record<string, string>[]) {
      expect(Object.keys(labels).sort()).toEqual([...statuses].sort());
      for (const status of statuses) expect(labels[status], status).toMatch(/\S/);
    }
  });
});
