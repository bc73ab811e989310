// The enumerations in both languages, for pages (labels, status tags) and for error parameters.
import { defineTerms } from '@duda/contract-kit';

export const questionTypeTerms = defineTerms('training.questionType', {
  SINGLE_CHOICE: { 'zh-CN': '单选题', en: 'Single choice' },
  MULTIPLE_CHOICE: { 'zh-CN': '多选题', en: 'Multiple choice' },
  TRUE_FALSE: { 'zh-CN': '判断题', en: 'True/false' },
  FILL_IN: { 'zh-CN': '填空题', en: 'Fill in the blanks' },
  MATCHING: { 'zh-CN': '匹配题', en: 'Matching' },
  SHORT_ANSWER: { 'zh-CN': '简答题', en: 'Short answer' },
});

export const examKindTerms = defineTerms('training.examKind', {
  DISTRICT_WRITTEN: { 'zh-CN': '区县笔试', en: 'District written exam' },
  CITY_MONTHLY: { 'zh-CN': '全市月考', en: 'City monthly exam' },
  RETAKE: { 'zh-CN': '补考', en: 'Retake' },
  PRACTICE: { 'zh-CN': '练习', en: 'Practice' },
});

export const examStatusTerms = defineTerms('training.examStatus', {
  DRAFT: { 'zh-CN': '草稿', en: 'Draft' },
  PUBLISHED: { 'zh-CN': '已发布', en: 'Published' },
  CANCELLED: { 'zh-CN': '已取消', en: 'Cancelled' },
});

export const paperStatusTerms = defineTerms('training.paperStatus', {
  DRAFT: { 'zh-CN': '草稿', en: 'Draft' },
  PUBLISHED: { 'zh-CN': '已发布', en: 'Published' },
  RETIRED: { 'zh-CN': '已停用', en: 'Retired' },
});

export const attemptStatusTerms = defineTerms('training.attemptStatus', {
  IN_PROGRESS: { 'zh-CN': '答题中', en: 'In progress' },
  OVERDUE: { 'zh-CN': '已超时（待交卷）', en: 'Overdue (submit only)' },
  SUBMITTED: { 'zh-CN': '已交卷', en: 'Submitted' },
  ABANDONED: { 'zh-CN': '超时未交（不计分）', en: 'Not submitted in time (not counted)' },
});

export const gradingMethodTerms = defineTerms('training.gradingMethod', {
  HIGHEST: { 'zh-CN': '取最高分', en: 'Highest attempt' },
  FIRST: { 'zh-CN': '取第一次', en: 'First attempt' },
  LAST: { 'zh-CN': '取最后一次', en: 'Last attempt' },
  AVERAGE: { 'zh-CN': '取平均分', en: 'Average of attempts' },
});

export const overdueHandlingTerms = defineTerms('training.overdueHandling', {
  AUTOSUBMIT: { 'zh-CN': '到时自动交卷', en: 'Submitted automatically when time is up' },
  GRACE_PERIOD: { 'zh-CN': '宽限期内只能交卷', en: 'Grace period to submit, no more answering' },
  NOT_COUNTED: { 'zh-CN': '到时未交卷不计分', en: 'Not counted unless submitted in time' },
});

export const reviewRuleTerms = defineTerms('training.reviewRule', {
  IMMEDIATELY: { 'zh-CN': '交卷后立即', en: 'Right after submitting' },
  AFTER_CLOSE: { 'zh-CN': '考试结束后', en: 'After the exam closes' },
  ON_DATE: { 'zh-CN': '指定日期后', en: 'From a set date' },
  NEVER: { 'zh-CN': '不公布', en: 'Never' },
});

export const multipleChoiceScoringTerms = defineTerms('training.multipleChoiceScoring', {
  ALL_OR_NOTHING: { 'zh-CN': '全对才得分', en: 'All or nothing' },
  PROPORTIONAL: {
    'zh-CN': '按比例得分（错选抵扣，不低于 0）',
    en: 'Proportional (wrong choices cancel right ones, never below 0)',
  },
});

export const trainingTermCatalogs = [
  questionTypeTerms.catalog,
  examKindTerms.catalog,
  examStatusTerms.catalog,
  paperStatusTerms.catalog,
  attemptStatusTerms.catalog,
  gradingMethodTerms.catalog,
  overdueHandlingTerms.catalog,
  reviewRuleTerms.catalog,
  multipleChoiceScoringTerms.catalog,
];
