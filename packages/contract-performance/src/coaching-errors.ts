// What `performance.coaching` refuses (辅导), as codes with parameters, and its words in both languages; apart from
// coaching.ts so errors.ts can gather the catalog without an import cycle.
import { defineErrors, defineFieldLabels, defineTerms } from '@duda/contract-kit';

export const coachingErrors = defineErrors('performance.coaching', {
  planNotFound: { kind: 'NOT_FOUND', 'zh-CN': '改进计划不存在', en: 'No such improvement plan.' },
  scorecardNotFound: { kind: 'NOT_FOUND', 'zh-CN': '考核表不存在', en: 'No such scorecard.' },
  coachDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '只有该员工的上级可以制定和跟进改进计划',
    en: "Only the person's superior may make and follow up an improvement plan.",
  },
  recogniseDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '只有该员工的上级可以表扬',
    en: "Only the person's superior may recognise them.",
  },
  settingsDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '只有市公司督导可以设置辅导门槛',
    en: 'Only the city supervisor sets the coaching thresholds.',
  },
  notShown: {
    kind: 'CONFLICT',
    'zh-CN': '该考核结果尚未公布（上级评价后公布）',
    en: 'This result has not been shown yet (it is shown once the superior has assessed it).',
  },
  notLowPerformer: {
    kind: 'CONFLICT',
    'zh-CN': '该员工本月结果为 {score} 分，不需要改进计划（不合格或低于 {lowScore} 分才需要）',
    en: 'This result is {score} points and needs no improvement plan (only a Fail grade or below {lowScore} points does).',
  },
  planAlreadyOpen: {
    kind: 'CONFLICT',
    'zh-CN': '该员工已有一份进行中的改进计划',
    en: 'This person already has an improvement plan under way.',
  },
  notImprover: {
    kind: 'CONFLICT',
    'zh-CN': '该员工本月没有进步（等级提升或分数提高 {improveBy} 分以上才可表扬）',
    en: 'This person did not improve this month (a higher grade or {improveBy} points more is needed).',
  },
  alreadyRecognised: {
    kind: 'CONFLICT',
    'zh-CN': '该员工本月已被表扬',
    en: 'Already recognised for this month.',
  },
  planClosed: {
    kind: 'CONFLICT',
    'zh-CN': '改进计划已结案（{status}），不能再修改',
    en: 'The improvement plan is closed ({status}); it cannot change any more.',
  },
  followUpRecorded: {
    kind: 'CONFLICT',
    'zh-CN': '这项措施的跟进已经记录过了',
    en: 'The follow-up of this action is already recorded.',
  },
  actionNotFound: {
    kind: 'NOT_FOUND',
    'zh-CN': '改进计划中没有这项措施',
    en: 'The plan has no such action.',
  },
  followUpsOpen: {
    kind: 'CONFLICT',
    'zh-CN': '还有 {count} 项跟进未记录，记录后才能判定是否改善（人员变动可直接结案）',
    en: '{count} follow-ups are still to be recorded before judging the outcome (a plan of someone who moved on may close at once).',
  },
  followUpInPast: {
    kind: 'BAD_REQUEST',
    'zh-CN': '跟进日期不能早于今天（{today}）',
    en: 'A follow-up date cannot be before today ({today}).',
  },
  ownerOutsidePlan: {
    kind: 'BAD_REQUEST',
    'zh-CN': '措施的负责人只能是该员工本人或其上级',
    en: 'An action is owned by the person or by their superior.',
  },
  goalRequired: { kind: 'BAD_REQUEST', 'zh-CN': '请填写改进目标', en: 'Give the goal of the plan.' },
  actionRequired: {
    kind: 'BAD_REQUEST',
    'zh-CN': '请至少填写一项改进措施',
    en: 'Give at least one action.',
  },
  noteRequired: { kind: 'BAD_REQUEST', 'zh-CN': '请填写说明', en: 'Write a note.' },
  lowScoreRange: {
    kind: 'BAD_REQUEST',
    'zh-CN': '低绩效门槛应在 0–100 分之间',
    en: 'The low-performance threshold is between 0 and 100 points.',
  },
  improveByRange: {
    kind: 'BAD_REQUEST',
    'zh-CN': '进步幅度应在 0.5–100 分之间',
    en: 'The improvement is between 0.5 and 100 points.',
  },
});

/** 进行中 / 已改善 / 未改善 / 人员变动. */
export const planStatusTerms = defineTerms('performance.planStatus', {
  OPEN: { 'zh-CN': '进行中', en: 'Under way' },
  IMPROVED: { 'zh-CN': '已改善', en: 'Improved' },
  NOT_IMPROVED: { 'zh-CN': '未改善', en: 'Not improved' },
  MOVED_ON: { 'zh-CN': '人员变动', en: 'Moved on' },
});

/** Why a result is listed: 不合格 or below the threshold; a grade or a score up on the previous month. */
export const coachingReasonTerms = defineTerms('performance.coachingReason', {
  FAIL_GRADE: { 'zh-CN': '等级不合格', en: 'Graded Fail' },
  LOW_SCORE: { 'zh-CN': '低于门槛分', en: 'Below the threshold' },
  GRADE_UP: { 'zh-CN': '等级提升', en: 'Grade up' },
  SCORE_UP: { 'zh-CN': '分数提高', en: 'Score up' },
});

/** Bad input names the field as the pages do (改进目标：最多 500 个字…). */
const fieldLabels = [
  defineFieldLabels('performance.coaching.createPlan', {
    goal: { 'zh-CN': '改进目标', en: 'Goal' },
    'actions.*.description': { 'zh-CN': '措施', en: 'Action' },
    'actions.*.followUpOn': { 'zh-CN': '跟进日期', en: 'Follow-up date' },
  }),
  defineFieldLabels('performance.coaching.followUp', { note: { 'zh-CN': '跟进情况', en: 'What happened' } }),
  defineFieldLabels('performance.coaching.closePlan', { note: { 'zh-CN': '结案说明', en: 'Closing note' } }),
  defineFieldLabels('performance.coaching.recognise', { note: { 'zh-CN': '表扬说明', en: 'Note' } }),
  ...(['saveSettings', 'previewSettings'] as const).map((procedure) =>
    defineFieldLabels(`performance.coaching.${procedure}`, {
      lowScore: { 'zh-CN': '低绩效门槛', en: 'Low-performance threshold' },
      improveBy: { 'zh-CN': '进步幅度', en: 'Improvement' },
    }),
  ),
];

export const coachingCatalogs = [
  coachingErrors.catalog,
  planStatusTerms.catalog,
  coachingReasonTerms.catalog,
  ...fieldLabels,
] as const;
