// What `performance.appeals` refuses (申诉), as codes with parameters; apart from appeals.ts so errors.ts can gather
// the catalog without an import cycle.
import { defineErrors, defineTerms } from '@duda/contract-kit';

export const appealsErrors = defineErrors('performance.appeals', {
  notFound: { kind: 'NOT_FOUND', 'zh-CN': '申诉不存在', en: 'No such appeal.' },
  ownOnly: {
    kind: 'FORBIDDEN',
    'zh-CN': '只能对自己的考核表提出申诉',
    en: 'You may appeal only your own scorecard.',
  },
  notShown: {
    kind: 'CONFLICT',
    'zh-CN': '上级尚未评价，结果公布后才能申诉',
    en: 'The result has not been shown yet; you may appeal once the superior has assessed it.',
  },
  windowClosed: {
    kind: 'CONFLICT',
    'zh-CN': '申诉期已过：结果公布后 {days} 天内可以申诉（截至 {until}）',
    en: 'The appeal window has closed: appeals are accepted for {days} days after the result is shown (until {until}).',
  },
  alreadyOpen: {
    kind: 'CONFLICT',
    'zh-CN': '该指标已有一件未处理的申诉',
    en: 'This line already has an appeal being handled.',
  },
  lineNotFound: { kind: 'BAD_REQUEST', 'zh-CN': '考核表中没有该指标', en: 'The scorecard has no such KPI.' },
  evidenceLink: {
    kind: 'BAD_REQUEST',
    'zh-CN': '证据链接须以 http:// 或 https:// 开头',
    en: 'An evidence link starts with http:// or https://.',
  },
  reasonRequired: { kind: 'BAD_REQUEST', 'zh-CN': '请填写申诉理由', en: 'Give the reason for the appeal.' },
  decideDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '只有申诉人的上级可以面谈和处理申诉',
    en: "Only the appellant's superior may hold the interview and decide.",
  },
  wrongStep: {
    kind: 'CONFLICT',
    'zh-CN': '申诉当前为“{status}”，不能执行此操作',
    en: 'The appeal is “{status}”; this step is not possible now.',
  },
  interviewFirst: {
    kind: 'CONFLICT',
    'zh-CN': '请先记录面谈，再作出处理决定',
    en: 'Record the interview before deciding.',
  },
  pointsRequired: {
    kind: 'BAD_REQUEST',
    'zh-CN': '受理申诉须填写调整的分数（不能为 0）',
    en: 'An accepted appeal needs the points to adjust (not 0).',
  },
  formsUnavailable: {
    kind: 'BAD_GATEWAY',
    'zh-CN': '表单服务暂时不可用，面谈记录（表9）未保存，申诉保持原状，请稍后再试',
    en: 'The forms service is not available: the interview record (form 9) was not saved and the appeal is unchanged. Try again later.',
  },
  noInterviewForm: {
    kind: 'PRECONDITION_FAILED',
    'zh-CN': '没有可用的员工交流谈话记录表（表9），请联系市公司督导发布该表单',
    en: 'No staff conversation record form (form 9) is published; ask the city supervisor to publish it.',
  },
  decisionReasonRequired: {
    kind: 'BAD_REQUEST',
    'zh-CN': '请填写处理意见',
    en: 'Give the reason for the decision.',
  },
});

/** 已提交 / 已面谈 / 已受理 / 已驳回. */
export const appealStatusTerms = defineTerms('performance.appealStatus', {
  FILED: { 'zh-CN': '已提交', en: 'Filed' },
  INTERVIEWED: { 'zh-CN': '已面谈', en: 'Interviewed' },
  ACCEPTED: { 'zh-CN': '已受理', en: 'Accepted' },
  REJECTED: { 'zh-CN': '已驳回', en: 'Rejected' },
});
