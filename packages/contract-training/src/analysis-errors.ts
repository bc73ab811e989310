// What `training.analysis.*` refuses and the words its pages use for flags and conversation statuses; apart from
// analysis.ts so errors.ts can gather the catalogs without an import cycle.
import { defineErrors, defineTerms } from '@duda/contract-kit';

/** 谈话任务: OPEN until the hall manager records the talk (表9). */
export const CONVERSATION_STATUSES = ['OPEN', 'DONE'] as const;
export type ConversationStatus = (typeof CONVERSATION_STATUSES)[number];

/** Why a question looks dubious (the statistics module's codes). */
export const QUESTION_FLAGS = [
  'NEGATIVE_DISCRIMINATION',
  'LOW_DISCRIMINATION',
  'TOO_EASY',
  'TOO_HARD',
] as const;

export const conversationStatusTerms = defineTerms('training.conversationStatus', {
  OPEN: { 'zh-CN': '待谈话', en: 'To talk' },
  DONE: { 'zh-CN': '已谈话', en: 'Talked' },
});

export const questionFlagTerms = defineTerms('training.questionFlag', {
  NEGATIVE_DISCRIMINATION: { 'zh-CN': '区分度为负', en: 'Negative discrimination' },
  LOW_DISCRIMINATION: { 'zh-CN': '区分度低', en: 'Weak discrimination' },
  TOO_EASY: { 'zh-CN': '过易', en: 'Too easy' },
  TOO_HARD: { 'zh-CN': '过难', en: 'Too hard' },
});

export const analysisErrors = defineErrors('training.analysis', {
  examNotFound: { kind: 'NOT_FOUND', 'zh-CN': '考试不存在', en: 'The exam does not exist.' },
  readDenied: { kind: 'FORBIDDEN', 'zh-CN': '您无权查看考试分析', en: 'You may not view exam analysis.' },
  nodeOutOfScope: {
    kind: 'FORBIDDEN',
    'zh-CN': '该组织不在您的查看范围内',
    en: 'This unit is outside what you may view.',
  },
  personNotFound: {
    kind: 'NOT_FOUND',
    'zh-CN': '该人员没有参加这些考试，或不在您的查看范围内',
    en: 'This person sat none of these exams, or is outside what you may view.',
  },
  enrolDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '只有培训管理员可以安排补考',
    en: 'Only a trainer may enrol people in a retake.',
  },
  notRetakeSource: {
    kind: 'BAD_REQUEST',
    'zh-CN': '只有全市月考或区县笔试可以安排补考',
    en: 'Retakes follow a city monthly exam or a district written exam.',
  },
  noResults: {
    kind: 'CONFLICT',
    'zh-CN': '该考试还没有成绩，无法计算全市平均分',
    en: 'The exam has no results yet, so there is no city mean.',
  },
  noOneBelow: {
    kind: 'CONFLICT',
    'zh-CN': '没有人低于全市平均分，无需补考',
    en: 'Nobody scored below the city mean; there is no one to enrol.',
  },
  conversationNotFound: {
    kind: 'NOT_FOUND',
    'zh-CN': '谈话任务不存在',
    en: 'The conversation task does not exist.',
  },
  conversationDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '只有该营业厅的店面经理可以记录谈话',
    en: "Only the hall's manager may record this conversation.",
  },
  conversationDone: {
    kind: 'CONFLICT',
    'zh-CN': '该谈话已记录，不能重复提交',
    en: 'This conversation has already been recorded.',
  },
});

export const analysisCatalogs = [
  analysisErrors.catalog,
  conversationStatusTerms.catalog,
  questionFlagTerms.catalog,
];
