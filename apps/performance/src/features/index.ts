import type { Feature } from './feature.ts';
import { kpisFeature } from './kpis/index.ts';
import { monthsFeature } from './months/index.ts';
import { schemesFeature } from './schemes/index.ts';
import { scorecardsFeature } from './scorecards/index.ts';
import { targetsFeature } from './targets/index.ts';
import { reviewCyclesFeature } from './review-cycles/index.ts';
import { reviewFormsFeature } from './review-forms/index.ts';
import { reviewResultsFeature } from './review-results/index.ts';
import { appealsFeature } from './appeals/index.ts';
import { calibrationFeature } from './calibration/index.ts';
import { loopFeature } from './loop/index.ts';
import { hrDeliveryFeature } from './hr-delivery/index.ts';
import { importsFeature } from './imports/index.ts';
import { coachingFeature } from './coaching/index.ts';
import { rollupsFeature } from './rollups/index.ts';

/** The remote's page groups, in menu order. A new one is a folder under features/ and one line here. */
export const features: Feature[] = [
  scorecardsFeature,
  targetsFeature,
  monthsFeature,
  rollupsFeature,
  importsFeature,
  kpisFeature,
  schemesFeature,
  reviewFormsFeature,
  reviewResultsFeature,
  reviewCyclesFeature,
  appealsFeature,
  calibrationFeature,
  loopFeature,
  hrDeliveryFeature,
  coachingFeature,
];
