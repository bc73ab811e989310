// The most characters each free-text field of the inspection area holds. The zod inputs refuse more (never
// cut), and the pages show a counter up to the same number, so what the user sees is what is kept.
export const TEXT_LIMITS = {
  /** 检查小结 of an inspection. */
  inspectionSummary: 2000,
  /** The inspector's note on one checklist item. */
  itemNote: 500,
  /** 计划标题. */
  planTitle: 80,
  /** The leader's comment when approving or sending back a plan. */
  planComment: 500,
  /** 整改措施 the hall answers with. */
  measures: 1000,
  /** The verifier's one field: the comment on accepting an order, or 退回原因 when sending it back. */
  verifierComment: 500,
  noticeTitle: 100,
  noticeSummary: 5000,
  caseTitle: 100,
  caseDescription: 2000,
  templateName: 60,
  sectionName: 40,
  itemTitle: 100,
  itemGuidance: 500,
} as const;
