// Words every 360 review page uses (perspectives, statuses), under `performance.reviewWords`.
export const zhCN = {
  reviewWords: {
    perspective: { SUPERIOR: '上级', PEER: '同级', SUBORDINATE: '下属' },
    status: { DRAFT: '草稿', OPEN: '评估中', CLOSED: '已截止', RELEASED: '已发布' },
    nomination: { PROPOSED: '待审批', APPROVED: '已批准', DECLINED: '未批准' },
    periodKind: { MONTH: '月度', QUARTER: '季度' },
    due: '截止',
    back: '返回',
  },
};

export const en: typeof zhCN = {
  reviewWords: {
    perspective: { SUPERIOR: 'Superior', PEER: 'Peers', SUBORDINATE: 'Direct reports' },
    status: { DRAFT: 'Draft', OPEN: 'Open for rating', CLOSED: 'Closed', RELEASED: 'Released' },
    nomination: { PROPOSED: 'Awaiting approval', APPROVED: 'Approved', DECLINED: 'Not approved' },
    periodKind: { MONTH: 'Monthly', QUARTER: 'Quarterly' },
    due: 'Due',
    back: 'Back',
  },
};

/** Status tag tones of the design system for a cycle's status. */
export const CYCLE_TONES = {
  DRAFT: 'draft',
  OPEN: 'in_progress',
  CLOSED: 'pending',
  RELEASED: 'published',
} as const;
