// What `performance.calibration` refuses (等级与校准), as codes with parameters; apart from calibration.ts so
// errors.ts can gather the catalog without an import cycle.
import { defineErrors, defineTerms } from '@duda/contract-kit';

export const calibrationErrors = defineErrors('performance.calibration', {
  denied: {
    kind: 'FORBIDDEN',
    'zh-CN': '只有本区县督导或市公司督导可以校准该区县',
    en: "Only the district's supervisor or the city supervisor calibrates this district.",
  },
  settingsDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '只有市公司督导可以设置等级规则',
    en: 'Only the city supervisor sets the grading rules.',
  },
  noScorecards: {
    kind: 'NOT_FOUND',
    'zh-CN': '该区县 {month} 没有考核表',
    en: 'The district has no scorecards for {month}.',
  },
  cardNotFound: { kind: 'NOT_FOUND', 'zh-CN': '考核表不存在', en: 'No such scorecard.' },
  locked: {
    kind: 'CONFLICT',
    'zh-CN': '{district} {month} 的校准结果已锁定，不能再调整',
    en: 'The calibration of {district} for {month} is locked; no more moves.',
  },
  sameGrade: {
    kind: 'BAD_REQUEST',
    'zh-CN': '调整后的等级与当前等级相同',
    en: 'The new grade is the current one.',
  },
  reasonRequired: { kind: 'BAD_REQUEST', 'zh-CN': '调整等级须填写原因', en: 'A grade move needs a reason.' },
  windowDays: {
    kind: 'BAD_REQUEST',
    'zh-CN': '申诉期须为 1 到 60 天',
    en: 'The appeal window is 1 to 60 days.',
  },
});

/** 按分数段 / 按分布指引. */
export const gradeMethodTerms = defineTerms('performance.gradeMethod', {
  BANDS: { 'zh-CN': '按分数段', en: 'By score bands' },
  DISTRIBUTION: { 'zh-CN': '按分布指引', en: 'By the distribution guideline' },
});
