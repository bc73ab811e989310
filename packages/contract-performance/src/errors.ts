// What the Performance service refuses, as codes with parameters; the portal words them in zh-CN or English.
import { defineErrors } from '@duda/contract-kit';
import { reviewsCatalogs } from './reviews-errors.ts';
import { libraryErrors } from './library-errors.ts';
import { scorecardsErrors } from './scorecards-errors.ts';
import { scoringErrors } from './scoring-errors.ts';
import { gradeTerms, kpiSourceTerms } from './scoring.ts';

export const performanceErrors = defineErrors('performance', {
  manageDenied: {
    kind: 'FORBIDDEN',
    'zh-CN': '您无权为该单位登记',
    en: 'You may not add entries for this org unit.',
  },
  titleRequired: { kind: 'BAD_REQUEST', 'zh-CN': '请填写标题', en: 'Enter a title.' },
});

/** What a page registers so this area's refusals read in the portal language. */
export const performanceCatalogs = [
  ...reviewsCatalogs,
  performanceErrors.catalog,
  scoringErrors.catalog,
  libraryErrors.catalog,
  scorecardsErrors.catalog,
  gradeTerms.catalog,
  kpiSourceTerms.catalog,
];
