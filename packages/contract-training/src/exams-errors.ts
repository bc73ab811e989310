// What `training.exams.*` refuses, and the words its pages use; apart from exams.ts so errors.ts can gather the
// catalogs without an import cycle.
import { defineErrors, defineTerms } from '@duda/contract-kit';

export const examPhaseTerms = defineTerms('training.examPhase', {
  DRAFT: { 'zh-CN': '草稿', en: 'Draft' },
  SCHEDULED: { 'zh-CN': '未开始', en: 'Not open yet' },
  OPEN: { 'zh-CN': '进行中', en: 'Open' },
  CLOSED: { 'zh-CN': '已结束', en: 'Closed' },
  CANCELLED: { 'zh-CN': '已取消', en: 'Cancelled' },
});

export const candidateProgressTerms = defineTerms('training.candidateProgress', {
  NOT_STARTED: { 'zh-CN': '未开始', en: 'Not started' },
  IN_PROGRESS: { 'zh-CN': '答题中', en: 'In progress' },
  SUBMITTED: { 'zh-CN': '已交卷', en: 'Submitted' },
});

export const examsErrors = defineErrors('training.exams', {
  notFound: { kind: 'NOT_FOUND', 'zh-CN': '考试不存在', en: 'The exam does not exist.' },
  readDenied: { kind: 'FORBIDDEN', 'zh-CN': '您无权查看该考试', en: 'You may not view this exam.' },
  manageDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权为该组织安排考试',
    en: 'You may not hold exams for this unit.',
  },
  takeDenied: { kind: 'FORBIDDEN', 'zh-CN': '您不能参加考试', en: 'You may not sit exams.' },
  heldForLevel: {
    kind: 'BAD_REQUEST',
    'zh-CN': '区县笔试由区县公司组织，全市月考由市公司组织；补考和练习可由市或区县公司组织。',
    en: 'A district written exam is held for a district and the city monthly exam for the city; retakes and practice for either.',
  },
  closesBeforeOpens: {
    kind: 'BAD_REQUEST',
    'zh-CN': '结束时间应晚于开始时间。',
    en: 'The exam must close after it opens.',
  },
  timeLimitExceedsWindow: {
    kind: 'BAD_REQUEST',
    'zh-CN': '答题时长 {minutes} 分钟超过了考试开放时长 {window} 分钟。',
    en: 'The time limit of {minutes} minutes is longer than the {window} minutes the exam is open.',
  },
  graceOnlyWithGracePeriod: {
    kind: 'BAD_REQUEST',
    'zh-CN': '宽限时间只在「宽限期内只能交卷」方式下使用。',
    en: 'A grace period is only used when overdue attempts get a grace period.',
  },
  graceRequired: {
    kind: 'BAD_REQUEST',
    'zh-CN': '请填写宽限期的分钟数。',
    en: 'Enter the minutes of the grace period.',
  },
  reviewDateOnlyOnDate: {
    kind: 'BAD_REQUEST',
    'zh-CN': '公布日期只在「指定日期后」公布成绩时填写。',
    en: 'A release date is only given when results are shown from a set date.',
  },
  reviewDateRequired: {
    kind: 'BAD_REQUEST',
    'zh-CN': '请填写公布成绩的日期。',
    en: 'Enter the date results are shown from.',
  },
  reviewDateBeforeOpen: {
    kind: 'BAD_REQUEST',
    'zh-CN': '公布成绩的日期应晚于考试开始时间。',
    en: 'Results cannot be shown before the exam opens.',
  },
  passMarkAboveTotal: {
    kind: 'BAD_REQUEST',
    'zh-CN': '及格分 {passMark} 超过了试卷总分 {total}。',
    en: 'The pass mark {passMark} is above the paper total {total}.',
  },
  paperNotPublished: {
    kind: 'BAD_REQUEST',
    'zh-CN': '试卷「{title}」未发布或已停用，不能用于考试。',
    en: 'Paper "{title}" is not published or has been retired; it cannot be used for an exam.',
  },
  paperUnknown: {
    kind: 'BAD_REQUEST',
    'zh-CN': '所选试卷不存在。',
    en: 'The chosen paper does not exist.',
  },
  retakeOfOnlyForRetake: {
    kind: 'BAD_REQUEST',
    'zh-CN': '只有补考才需要选择原考试。',
    en: 'Only a retake names the exam it retakes.',
  },
  retakeOfUnknown: {
    kind: 'BAD_REQUEST',
    'zh-CN': '所选原考试不存在。',
    en: 'The exam to retake does not exist.',
  },
  targetEmpty: {
    kind: 'BAD_REQUEST',
    'zh-CN': '请至少选择一个考试对象：组织、岗位或人员。',
    en: 'Choose who sits the exam: units, roles or people.',
  },
  targetNodeOutOfScope: {
    kind: 'BAD_REQUEST',
    'zh-CN': '考试对象中的第 {n} 个组织不属于组织考试的单位，或不在您的管辖范围内。',
    en: 'Unit {n} of those who sit the exam is not under the unit holding it, or is outside your area.',
  },
  targetPersonOutOfScope: {
    kind: 'BAD_REQUEST',
    'zh-CN': '考试对象中的第 {n} 位人员不存在或不在您的管辖范围内。',
    en: 'Person {n} of those who sit the exam does not exist or is outside your area.',
  },
  noCandidates: {
    kind: 'PRECONDITION_FAILED',
    'zh-CN': '考试对象中没有您管辖范围内的在职人员，不能发布。',
    en: 'Nobody in your area matches who should sit the exam, so it cannot be published.',
  },
  notADraft: {
    kind: 'CONFLICT',
    'zh-CN': '考试「{title}」已发布或已取消，不能再修改。',
    en: 'Exam "{title}" is published or cancelled and can no longer be changed.',
  },
  alreadyCancelled: {
    kind: 'CONFLICT',
    'zh-CN': '考试「{title}」已取消。',
    en: 'Exam "{title}" is already cancelled.',
  },
  cancelStarted: {
    kind: 'CONFLICT',
    'zh-CN': '考试「{title}」已有 {n} 人开始答题，不能取消。',
    en: 'Exam "{title}" cannot be cancelled: {n} people have started it.',
  },
  changedMeanwhile: {
    kind: 'CONFLICT',
    'zh-CN': '考试刚被其他人修改，请刷新后重试。',
    en: 'Someone changed the exam meanwhile; reload and try again.',
  },
});

export const examsCatalogs = [examsErrors.catalog, examPhaseTerms.catalog, candidateProgressTerms.catalog];
