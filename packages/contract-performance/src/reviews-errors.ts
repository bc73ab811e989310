// What `performance.reviews.*` refuses (360 度评估), as codes with parameters; apart from reviews.ts so the
// area's errors.ts can gather the catalog without an import cycle. No message names a rater or says how many
// answered: a refusal must tell the rated person no more than a result does.
import { defineErrors, defineTerms } from '@duda/contract-kit';

export const reviewsErrors = defineErrors('performance.reviews', {
  manageDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '只有市公司督导或人力资源可以管理 360 度评估',
    en: 'Only the city supervisor or HR may manage 360-degree reviews.',
  },
  cycleNotFound: { kind: 'NOT_FOUND', 'zh-CN': '找不到该评估周期', en: 'No such review cycle.' },
  subjectNotFound: { kind: 'NOT_FOUND', 'zh-CN': '找不到该被评估人', en: 'No such person under review.' },
  formNotFound: { kind: 'NOT_FOUND', 'zh-CN': '找不到该评估问卷', en: 'No such review form.' },
  resultsNotFound: {
    kind: 'NOT_FOUND',
    'zh-CN': '评估结果尚未发布，或您无权查看',
    en: 'The results are not released yet, or you may not see them.',
  },
  nominateDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '只有被评估人本人、其上级或评估管理员可以提名评估人',
    en: 'Only the person under review, their superior or the review manager may nominate raters.',
  },
  approveDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '只有被评估人的上级或评估管理员可以审批提名',
    en: "Only the reviewed person's superior or the review manager may approve nominations.",
  },
  notACandidate: {
    kind: 'BAD_REQUEST',
    'zh-CN': '该人员不在可提名的同级或下属名单中',
    en: 'That person is not among the peers or direct reports who may be nominated.',
  },
  notAHallManager: {
    kind: 'BAD_REQUEST',
    'zh-CN': '360 度评估的对象须是本市的店面经理',
    en: 'Only hall managers of the city can be reviewed.',
  },
  wrongStatus: {
    kind: 'CONFLICT',
    'zh-CN': '评估周期当前为“{status}”，不能进行此操作',
    en: 'The review cycle is “{status}”; this cannot be done now.',
  },
  minimumBelowFloor: {
    kind: 'BAD_REQUEST',
    'zh-CN': '同级和下属的最少评估人数不能少于 3 人，上级不能少于 1 人',
    en: 'At least 3 peers and 3 direct reports, and at least 1 superior, must rate before results show.',
  },
  periodFormat: {
    kind: 'BAD_REQUEST',
    'zh-CN': '评估期间应为 YYYY-MM（月度）或 YYYY-Qn（季度）',
    en: 'Give the period as YYYY-MM (monthly) or YYYY-Qn (quarterly).',
  },
  questionKeys: {
    kind: 'BAD_REQUEST',
    'zh-CN': '请按问卷逐题作答，题目不可增减',
    en: 'Answer the questionnaire as it is: no question may be added or left out.',
  },
  unanswered: {
    kind: 'BAD_REQUEST',
    'zh-CN': '请为每道题打分（1–5 分）后再提交',
    en: 'Score every question (1–5) before submitting.',
  },
  alreadySubmitted: {
    kind: 'CONFLICT',
    'zh-CN': '您已提交该评估，不能再修改',
    en: 'You have submitted this review; it can no longer be changed.',
  },
  approvedFinal: {
    kind: 'CONFLICT',
    'zh-CN': '评估开始后不能撤回已批准的评估人',
    en: 'An approved rater cannot be withdrawn once rating has started.',
  },
  commentNotFound: { kind: 'NOT_FOUND', 'zh-CN': '找不到该评语', en: 'No such comment.' },
  subjectsRequired: {
    kind: 'CONFLICT',
    'zh-CN': '请先添加被评估的店面经理',
    en: 'Add the hall managers to be reviewed first.',
  },
});

export const perspectiveTerms = defineTerms('performance.reviews.perspective', {
  SUPERIOR: { 'zh-CN': '上级', en: 'Superior' },
  PEER: { 'zh-CN': '同级', en: 'Peers' },
  SUBORDINATE: { 'zh-CN': '下属', en: 'Direct reports' },
});

export const cycleStatusTerms = defineTerms('performance.reviews.status', {
  DRAFT: { 'zh-CN': '草稿', en: 'Draft' },
  OPEN: { 'zh-CN': '评估中', en: 'Open for rating' },
  CLOSED: { 'zh-CN': '已截止', en: 'Closed' },
  RELEASED: { 'zh-CN': '已发布', en: 'Released' },
});

/** What a page registers so the reviews' refusals and terms read in the portal language. */
export const reviewsCatalogs = [reviewsErrors.catalog, perspectiveTerms.catalog, cycleStatusTerms.catalog];
