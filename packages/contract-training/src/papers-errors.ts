// What `training.papers.*` refuses, and the words its messages use; apart from papers.ts so errors.ts can
// gather the catalogs without an import cycle.
import { defineErrors, defineTerms } from '@duda/contract-kit';

/** How a rule's filter reads inside a shortfall sentence: "难度 3 的单选题". */
export const ruleFilterTerms = defineTerms('training.papers.ruleFilter', {
  ANY: { 'zh-CN': '的题目', en: 'questions' },
  DIFFICULTY: { 'zh-CN': '难度 {difficulty} 的题目', en: 'questions of difficulty {difficulty}' },
  TYPE: { 'zh-CN': '的{type}', en: '{type} questions' },
  BOTH: { 'zh-CN': '难度 {difficulty} 的{type}', en: '{type} questions of difficulty {difficulty}' },
});

export const papersErrors = defineErrors('training.papers', {
  notFound: { kind: 'NOT_FOUND', 'zh-CN': '试卷不存在', en: 'The paper does not exist.' },
  readDenied: { kind: 'FORBIDDEN', 'zh-CN': '您无权查看试卷', en: 'You may not view papers.' },
  manageDenied: { kind: 'FORBIDDEN', 'zh-CN': '您无权维护试卷', en: 'You may not maintain papers.' },
  noCity: {
    kind: 'BAD_REQUEST',
    'zh-CN': '您的账号不属于任何市公司，无法维护试卷',
    en: 'Your account belongs to no city company, so you cannot maintain papers.',
  },
  notADraft: {
    kind: 'CONFLICT',
    'zh-CN': '试卷「{title}」已发布或已停用，不能修改；请复制一份再改。',
    en: 'Paper "{title}" is published or retired and cannot be changed; copy it to make changes.',
  },
  notPublished: {
    kind: 'CONFLICT',
    'zh-CN': '试卷「{title}」不是已发布状态，不能停用。',
    en: 'Paper "{title}" is not published, so it cannot be retired.',
  },
  slotsRequired: {
    kind: 'BAD_REQUEST',
    'zh-CN': '固定试卷至少需要一道题。',
    en: 'A fixed paper needs at least one question.',
  },
  rulesRequired: {
    kind: 'BAD_REQUEST',
    'zh-CN': '随机试卷至少需要一条抽题规则。',
    en: 'A random paper needs at least one drawing rule.',
  },
  duplicateQuestion: {
    kind: 'BAD_REQUEST',
    'zh-CN': '第 {n} 题与第 {first} 题是同一道题。',
    en: 'Question {n} is the same question as question {first}.',
  },
  questionUnavailable: {
    kind: 'BAD_REQUEST',
    'zh-CN': '第 {n} 题不在本市题库中或已停用。',
    en: "Question {n} is not in the city's bank or has been retired.",
  },
  knowledgePointUnknown: {
    kind: 'BAD_REQUEST',
    'zh-CN': '规则 {n} 的知识点不存在。',
    en: 'The knowledge point of rule {n} does not exist.',
  },
  ruleTooFew: {
    kind: 'BAD_REQUEST',
    'zh-CN': '规则 {rule}：知识点「{point}」{filter}只有 {available} 道，需要 {needed} 道。',
    en: 'Rule {rule}: knowledge point "{point}" has only {available} {filter}; {needed} are needed.',
  },
  ruleOverlap: {
    kind: 'BAD_REQUEST',
    'zh-CN':
      '规则 {rule}：知识点「{point}」{filter}共 {available} 道，但与规则 {others} 的题目重叠、不能重复抽取，只能抽出 {possible} 道，需要 {needed} 道。',
    en: 'Rule {rule}: knowledge point "{point}" has {available} {filter}, but they overlap with rule {others} and cannot be drawn twice, so only {possible} can be drawn; {needed} are needed.',
  },
  unsatisfiable: {
    kind: 'PRECONDITION_FAILED',
    'zh-CN': '题库不能满足抽题规则，不能发布：{shortfalls}',
    en: 'The bank cannot satisfy the drawing rules, so the paper cannot be published: {shortfalls}',
  },
});

export const papersCatalogs = [papersErrors.catalog, ruleFilterTerms.catalog];
