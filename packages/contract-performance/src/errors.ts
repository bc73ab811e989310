// What the Performance service refuses, as codes with parameters; the portal words them in zh-CN or English.
// Each sub-area keeps its own group (`defineErrors('performance.<sub-area>')`) in its *-errors.ts file.
import { appealStatusTerms, appealsErrors } from './appeals-errors.ts';
import { calibrationErrors, gradeMethodTerms } from './calibration-errors.ts';
import { coachingCatalogs } from './coaching-errors.ts';
import { hrDeliveryCatalogs } from './hr-delivery-errors.ts';
import { importsErrors } from './imports-errors.ts';
import { reviewsCatalogs } from './reviews-errors.ts';
import { libraryErrors } from './library-errors.ts';
import { loopErrors } from './loop-errors.ts';
import { monthRunCatalogs } from './month-runs.ts';
import { rollupsErrors } from './rollups-errors.ts';
import { scorecardsErrors } from './scorecards-errors.ts';
import { scoringErrors } from './scoring-errors.ts';
import { gradeTerms, kpiSourceTerms } from './scoring.ts';

/** What a page registers so this area's refusals read in the portal language. */
export const performanceCatalogs = [
  ...reviewsCatalogs,
  scoringErrors.catalog,
  libraryErrors.catalog,
  scorecardsErrors.catalog,
  ...monthRunCatalogs,
  gradeTerms.catalog,
  kpiSourceTerms.catalog,
  appealsErrors.catalog,
  appealStatusTerms.catalog,
  calibrationErrors.catalog,
  gradeMethodTerms.catalog,
  ...hrDeliveryCatalogs,
  loopErrors.catalog,
  importsErrors.catalog,
  ...coachingCatalogs,
  rollupsErrors.catalog,
];
