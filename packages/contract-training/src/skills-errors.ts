// What `training.skills.*` refuses, and the words its pages use for handling tasks and passages; apart from
// skills.ts so errors.ts can gather the catalogs without an import cycle.
import { defineErrors, defineTerms } from '@duda/contract-kit';

/** 业务办理项目: the fixed list of businesses a clerk's handling speed is timed on (offline practice environment). */
export const HANDLING_TASKS = [
  'OPEN_ACCOUNT',
  'NUMBER_PORTING',
  'PLAN_CHANGE',
  'BROADBAND',
  'SIM_REPLACEMENT',
  'REAL_NAME_UPDATE',
] as const;
export type HandlingTask = (typeof HANDLING_TASKS)[number];

export const handlingTaskTerms = defineTerms('training.handlingTask', {
  OPEN_ACCOUNT: { 'zh-CN': '开户', en: 'New account' },
  NUMBER_PORTING: { 'zh-CN': '携号转网', en: 'Number porting' },
  PLAN_CHANGE: { 'zh-CN': '套餐变更', en: 'Plan change' },
  BROADBAND: { 'zh-CN': '宽带办理', en: 'Broadband sign-up' },
  SIM_REPLACEMENT: { 'zh-CN': '补换卡', en: 'SIM replacement' },
  REAL_NAME_UPDATE: { 'zh-CN': '实名信息变更', en: 'Real-name details update' },
});

export const skillsErrors = defineErrors('training.skills', {
  dateFormat: {
    kind: 'BAD_REQUEST',
    'zh-CN': '日期格式应为 YYYY-MM-DD，且是存在的日期',
    en: 'Give an existing date as YYYY-MM-DD.',
  },
  readDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权查看口试与技能测试记录',
    en: 'You may not view oral exam and skill test records.',
  },
  recordDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '只有该营业厅的店面经理、值班经理或所属区县督导可以记录',
    en: "Only the hall's manager, its duty manager or its district supervisor may record this.",
  },
  takeDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您的账号不参加技能测试',
    en: 'Your account does not take skill tests.',
  },
  personNotFound: {
    kind: 'NOT_FOUND',
    'zh-CN': '该人员不存在，或不在您的管理范围内',
    en: 'This person does not exist, or is outside what you manage.',
  },
  notHallStaff: {
    kind: 'BAD_REQUEST',
    'zh-CN': '只能为营业厅人员记录',
    en: 'Records are kept for the staff of a hall only.',
  },
  selfRecord: {
    kind: 'BAD_REQUEST',
    'zh-CN': '不能为自己记录成绩',
    en: 'You cannot record your own result.',
  },
  futureDate: {
    kind: 'BAD_REQUEST',
    'zh-CN': '日期不能晚于今天',
    en: 'The date cannot be later than today.',
  },
  hallNotFound: {
    kind: 'NOT_FOUND',
    'zh-CN': '营业厅不存在，或不在您的查看范围内',
    en: 'The hall does not exist, or is outside what you may view.',
  },
  oralNotFound: { kind: 'NOT_FOUND', 'zh-CN': '口试记录不存在', en: 'The oral exam record does not exist.' },
  oralEditDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '只有记录人可以在记录后 24 小时内修改或删除',
    en: 'Only whoever recorded it may change or delete it, within 24 hours.',
  },
  questionNotFound: {
    kind: 'BAD_REQUEST',
    'zh-CN': '所选题目不在题库中',
    en: 'A chosen question is not in the bank.',
  },
  handlingNotFound: {
    kind: 'NOT_FOUND',
    'zh-CN': '业务办理记录不存在',
    en: 'The business-handling record does not exist.',
  },
  tooFast: {
    kind: 'BAD_REQUEST',
    'zh-CN': '输入速度 {cpm} 字/分钟超出可能范围（上限 {limit} 字/分钟），成绩未记录；请逐字输入，不要粘贴',
    en: 'A speed of {cpm} characters a minute is beyond what is possible (at most {limit}); the result was not recorded. Type the text; do not paste it.',
  },
  tooShort: {
    kind: 'BAD_REQUEST',
    'zh-CN': '用时过短，成绩未记录',
    en: 'The time taken is too short; the result was not recorded.',
  },
  typedTooLong: {
    kind: 'BAD_REQUEST',
    'zh-CN': '输入内容远长于原文，成绩未记录',
    en: 'The typed text is far longer than the passage; the result was not recorded.',
  },
});

export const skillsCatalogs = [skillsErrors.catalog, handlingTaskTerms.catalog];
