// What `forms.complaints.*` refuses, and the words its pages use (statuses, categories, channels, actions, escalation
// levels), apart from the inputs so errors.ts can gather the catalogs without an import cycle. The case rules in
// services/forms/src/complaints/domain refuse with these keys.
import { defineErrors, defineTerms } from '@duda/contract-kit';

/** The one status enum of a case (客户投诉处理状态), in the order a case moves through it. */
export const complaintStatusTerms = defineTerms('forms.complaintStatus', {
  RECEIVED: { 'zh-CN': '已受理', en: 'Received' },
  CLASSIFIED: { 'zh-CN': '已分类', en: 'Classified' },
  INVESTIGATING: { 'zh-CN': '调查中', en: 'Investigating' },
  RESOLVED: { 'zh-CN': '已定处理结果', en: 'Resolved' },
  FEEDBACK_GIVEN: { 'zh-CN': '已答复客户', en: 'Feedback given' },
  FOLLOWED_UP: { 'zh-CN': '已回访', en: 'Followed up' },
  CLOSED: { 'zh-CN': '已结案', en: 'Closed' },
});

export const complaintCategoryTerms = defineTerms('forms.complaintCategory', {
  BUSINESS: { 'zh-CN': '业务类', en: 'Business' },
  SERVICE: { 'zh-CN': '服务类', en: 'Service' },
  PRODUCT: { 'zh-CN': '产品质量类', en: 'Product quality' },
});

export const complaintChannelTerms = defineTerms('forms.complaintChannel', {
  HALL: { 'zh-CN': '营业厅现场', en: 'In the hall' },
  PHONE: { 'zh-CN': '电话', en: 'By phone' },
  ONLINE: { 'zh-CN': '网上', en: 'Online' },
});

export const complaintActionTerms = defineTerms('forms.complaintAction', {
  INTAKE: { 'zh-CN': '受理', en: 'Take in' },
  CLASSIFY: { 'zh-CN': '分类分派', en: 'Classify and assign' },
  INVESTIGATE: { 'zh-CN': '调查记录', en: 'Investigation note' },
  RESOLVE: { 'zh-CN': '确定处理结果', en: 'Resolve' },
  FEEDBACK: { 'zh-CN': '答复客户', en: 'Give feedback' },
  FOLLOW_UP: { 'zh-CN': '回访', en: 'Follow-up visit' },
  CLOSE: { 'zh-CN': '结案', en: 'Close' },
  ESCALATE: { 'zh-CN': '超时升级', en: 'Escalated (time limit passed)' },
});

export const complaintLevelTerms = defineTerms('forms.complaintLevel', {
  HALL: { 'zh-CN': '店面经理', en: 'Hall manager' },
  DISTRICT: { 'zh-CN': '区县督导', en: 'District supervisor' },
  CITY: { 'zh-CN': '市公司督导', en: 'City supervisor' },
});

export const complaintSatisfactionTerms = defineTerms('forms.complaintSatisfaction', {
  SATISFIED: { 'zh-CN': '满意', en: 'Satisfied' },
  UNSATISFIED: { 'zh-CN': '不满意', en: 'Not satisfied' },
});

export const complaintsErrors = defineErrors('forms.complaints', {
  // Also the answer to whoever may not read the case (a link from someone else's scorecard): its existence stays
  // with its readers, and the reader learns why the page is empty.
  notFound: {
    kind: 'NOT_FOUND',
    'zh-CN': '投诉不存在，或不在您可查看的范围内',
    en: 'The complaint does not exist, or is not one you may view.',
  },
  takeDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权受理该营业厅的投诉',
    en: 'You may not take in complaints for this hall.',
  },
  notAHall: {
    kind: 'BAD_REQUEST',
    'zh-CN': '投诉须在营业厅受理',
    en: 'A complaint is taken in at a hall.',
  },
  notHandler: {
    kind: 'FORBIDDEN',
    'zh-CN': '您不是该投诉的处理人',
    en: 'You do not handle this complaint.',
  },
  notManager: {
    kind: 'FORBIDDEN',
    'zh-CN': '只有店面经理或升级后的督导可以分派或结案',
    en: 'Only the hall manager, or the supervisor it was escalated to, assigns or closes it.',
  },
  wrongStatus: {
    kind: 'CONFLICT',
    'zh-CN': '投诉当前为“{status}”，不能{action}',
    en: 'The complaint is "{status}": "{action}" is not possible now.',
  },
  evidenceUnknown: {
    kind: 'BAD_REQUEST',
    'zh-CN': '证据附件不存在或不是为该营业厅上传的',
    en: 'An evidence file does not exist or was not uploaded for this hall.',
  },
  monthFormat: { kind: 'BAD_REQUEST', 'zh-CN': '月份格式应为 YYYY-MM', en: 'A month is written YYYY-MM.' },
  limitHours: {
    kind: 'BAD_REQUEST',
    'zh-CN': '办结时限应为 1 到 720 之间的整数小时（最长 30 天）',
    en: 'A time limit is a whole number of hours from 1 to 720 (30 days at most).',
  },
  limitsDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '只有本市公司督导可以设置本市的投诉办结时限',
    en: "Only the city's supervisors set the city's complaint time limits.",
  },
  notACity: {
    kind: 'BAD_REQUEST',
    'zh-CN': '投诉办结时限按市公司设置',
    en: 'Complaint time limits are set per city.',
  },
});

export const complaintsCatalogs = [
  complaintsErrors.catalog,
  complaintStatusTerms.catalog,
  complaintCategoryTerms.catalog,
  complaintChannelTerms.catalog,
  complaintActionTerms.catalog,
  complaintLevelTerms.catalog,
  complaintSatisfactionTerms.catalog,
];
