// What the monthly run, scorecards, assessment, adjustments, sign-off and export refuse (performance.scorecards).
import { defineErrors } from '@duda/contract-kit';

export const scorecardsErrors = defineErrors('performance.scorecards', {
  runDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '只有市公司督导可以计算本月绩效',
    en: 'Only the city supervisor runs the month.',
  },
  monthClosed: {
    kind: 'CONFLICT',
    'zh-CN': '{month} 已由市公司签发，不能再修改；更正请在以后月份以加减分记录',
    en: '{month} has been signed off and cannot change; record a correction as an adjustment in a later month.',
  },
  notFound: { kind: 'NOT_FOUND', 'zh-CN': '考核表不存在', en: 'No such scorecard.' },
  readDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权查看绩效考核结果',
    en: 'You may not read performance results.',
  },
  selfOnly: {
    kind: 'FORBIDDEN',
    'zh-CN': '只能对自己的考核表自评',
    en: 'You may self-assess only your own scorecard.',
  },
  assessDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '只有上级可以评价和调整该考核表',
    en: 'Only a superior may assess or adjust this scorecard.',
  },
  notSelfAssessed: {
    kind: 'CONFLICT',
    'zh-CN': '本人尚未自评，上级评价须在自评之后',
    en: 'The person has not self-assessed yet; the superior assesses after that.',
  },
  lineNotManual: {
    kind: 'BAD_REQUEST',
    'zh-CN': '“{kpi}”的数据由系统取数，不能手工录入',
    en: 'The figure of “{kpi}” is pulled from its source and cannot be entered by hand.',
  },
  lineNotFound: { kind: 'BAD_REQUEST', 'zh-CN': '考核表中没有该指标', en: 'The scorecard has no such KPI.' },
  reasonRequired: {
    kind: 'BAD_REQUEST',
    'zh-CN': '加减分须填写原因',
    en: 'An adjustment needs a reason.',
  },
  adjustmentZero: { kind: 'BAD_REQUEST', 'zh-CN': '加减分不能为 0', en: 'An adjustment cannot be 0.' },
  notAssessed: {
    kind: 'CONFLICT',
    'zh-CN': '还有 {count} 份考核表未完成上级评价，不能签发',
    en: '{count} scorecards have not been assessed by the superior yet; the month cannot be signed off.',
  },
  districtsNotLocked: {
    kind: 'CONFLICT',
    'zh-CN': '{districts} 的校准结果尚未锁定，不能签发；请区县督导在“等级与校准”中校准并锁定',
    en: 'Calibration of {districts} is not locked yet; the month cannot be signed off until each district locks its results (Grades & calibration).',
  },
  nothingToSign: {
    kind: 'CONFLICT',
    'zh-CN': '{month} 还没有考核表，请先计算',
    en: '{month} has no scorecards yet; run it first.',
  },
  exportNotSigned: {
    kind: 'CONFLICT',
    'zh-CN': '{month} 尚未签发，不能导出',
    en: '{month} has not been signed off; it cannot be exported.',
  },
  exportDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权导出绩效结果',
    en: 'You may not export performance results.',
  },
});
