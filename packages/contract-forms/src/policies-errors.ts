// What `forms.policies.*` refuses, and the words its pages use (statuses, categories); apart from the inputs so
// errors.ts can gather the catalogs without an import cycle. The policy rules in services/forms/src/policies/domain
// refuse with these keys.
import { defineErrors, defineTerms } from '@duda/contract-kit';

/** The one status enum of a policy version (制度版本状态), in the order a revision moves through it. */
export const policyStatusTerms = defineTerms('forms.policyStatus', {
  DRAFT: { 'zh-CN': '草稿/修订中', en: 'Draft / in revision' },
  IN_CONSULTATION: { 'zh-CN': '征求意见中', en: 'In consultation' },
  AWAITING_APPROVAL: { 'zh-CN': '待领导审批', en: 'Awaiting approval' },
  IN_FORCE: { 'zh-CN': '现行有效', en: 'In force' },
  SUPERSEDED: { 'zh-CN': '已废止（被新版替代）', en: 'Superseded' },
});

export const policyCategoryTerms = defineTerms('forms.policyCategory', {
  SERVICE_STANDARD: { 'zh-CN': '服务规范', en: 'Service standard' },
  DUTY_RULE: { 'zh-CN': '值班制度', en: 'Duty rule' },
  CONTINGENCY_RULE: { 'zh-CN': '应急制度', en: 'Contingency rule' },
  OTHER: { 'zh-CN': '其他规定', en: 'Other rule' },
});

export const policiesErrors = defineErrors('forms.policies', {
  notFound: { kind: 'NOT_FOUND', 'zh-CN': '制度不存在', en: 'The policy does not exist.' },
  manageDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权维护该单位的制度',
    en: 'You may not keep the policies of this unit.',
  },
  notEditable: {
    kind: 'CONFLICT',
    'zh-CN': '该版本已进入征求意见或审批，不能再修改',
    en: 'This version is in consultation or approval and can no longer be changed.',
  },
  draftExists: {
    kind: 'CONFLICT',
    'zh-CN': '该制度已有修订中的版本，请先完成它',
    en: 'This policy already has a version under revision: finish that one first.',
  },
  contentInvalid: {
    kind: 'BAD_REQUEST',
    'zh-CN': '正文格式不正确（仅支持标题、段落、列表、引用和 http(s) 链接）',
    en: 'The text is not valid (headings, paragraphs, lists, quotes and http(s) links only).',
  },
  scopeEmpty: {
    kind: 'BAD_REQUEST',
    'zh-CN': '请选择制度适用的单位',
    en: 'Choose the units the policy applies to.',
  },
  scopeDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '所选单位不在本单位范围内',
    en: 'A chosen unit is outside the owning unit.',
  },
  attachmentUnknown: {
    kind: 'BAD_REQUEST',
    'zh-CN': '附件不存在或不属于本单位',
    en: 'An attachment does not exist or belongs to another unit.',
  },
  consultationEmpty: {
    kind: 'BAD_REQUEST',
    'zh-CN': '请选择征求意见的单位',
    en: 'Choose the units to consult.',
  },
  deadlinePast: {
    kind: 'BAD_REQUEST',
    'zh-CN': '征求意见截止时间须晚于现在',
    en: 'The consultation deadline must be in the future.',
  },
  consultationClosed: {
    kind: 'CONFLICT',
    'zh-CN': '征求意见已于 {deadline} 截止，不能再提交意见',
    en: 'The consultation closed at {deadline}: opinions are no longer taken.',
  },
  notInConsultation: {
    kind: 'CONFLICT',
    'zh-CN': '该版本不在征求意见阶段',
    en: 'This version is not in consultation.',
  },
  notConsulted: {
    kind: 'FORBIDDEN',
    'zh-CN': '您所在单位不在本次征求意见范围内',
    en: 'Your unit is not among those consulted.',
  },
  consultationOpen: {
    kind: 'CONFLICT',
    'zh-CN': '征求意见尚未截止，且仍有单位未反馈意见',
    en: 'The consultation is still open and some units have not answered yet.',
  },
  reasonRequired: {
    kind: 'BAD_REQUEST',
    'zh-CN': '不采纳意见时请说明理由',
    en: 'Give a reason for not accepting an opinion.',
  },
  opinionsUnmarked: {
    kind: 'CONFLICT',
    'zh-CN': '还有 {count} 条意见未标明是否采纳',
    en: '{count} opinion(s) not yet marked accepted or not.',
  },
  dateFormat: {
    kind: 'BAD_REQUEST',
    'zh-CN': '日期格式应为 YYYY-MM-DD',
    en: 'A date is written YYYY-MM-DD.',
  },
  notInForce: {
    kind: 'CONFLICT',
    'zh-CN': '该版本不是现行有效版本',
    en: 'This version is not the one in force.',
  },
});

export const policiesCatalogs = [
  policiesErrors.catalog,
  policyStatusTerms.catalog,
  policyCategoryTerms.catalog,
];
