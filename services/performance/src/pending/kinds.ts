// The kinds of to-do the performance area hands the portal's inbox (待办, ADR 0018), labelled in both languages.
import { definePendingKinds } from '@duda/contract-kit';

export const performancePending = definePendingKinds('performance', {
  'review.rate': { 'zh-CN': '填写 360 度评估', en: 'Fill in a 360-degree review' },
  'review.approve': { 'zh-CN': '审批 360 度评估人提名', en: 'Approve 360-degree rater nominations' },
  'appeal.decide': { 'zh-CN': '处理绩效申诉', en: 'Decide a performance appeal' },
  'targets.acknowledge': { 'zh-CN': '签收考核指标', en: 'Acknowledge your targets' },
  'scorecard.selfAssess': { 'zh-CN': '绩效自评', en: 'Assess your own scorecard' },
  'scorecard.assess': { 'zh-CN': '绩效上级评价', en: 'Assess a scorecard' },
  'coaching.followUp': { 'zh-CN': '跟进改进计划', en: 'Follow up an improvement plan' },
});
