// The performance area's rows of the gateway's authorization matrix (services/gateway/src/suites/authorization).
// Each sub-area keeps its own table in probes/<sub-area>.ts — the resources their owners make and which of the six
// probe callers may touch them — and is one line in the list below. Every procedure needs its entry, or the
// matrix fails naming it.
import { composeAreaProbes } from '@duda/service-org/testing/authz-probes';
import type { PerformanceService } from '../module.ts';
import { libraryProbes } from './probes/library.ts';
import { scorecardsProbes } from './probes/scorecards.ts';
import { pendingProbes } from './probes/pending.ts';
import { reviewsProbes } from './probes/reviews.ts';
import { appealsProbes } from './probes/appeals.ts';
import { calibrationProbes } from './probes/calibration.ts';
import { loopProbes } from './probes/loop.ts';
import { hrDeliveryProbes } from './probes/hrDelivery.ts';
import { importsProbes } from './probes/imports.ts';
import { coachingProbes } from './probes/coaching.ts';
import { rollupsProbes } from './probes/rollups.ts';

export const performanceProbes = composeAreaProbes<PerformanceService>('performance', [
  libraryProbes,
  scorecardsProbes,
  reviewsProbes,
  pendingProbes,
  appealsProbes,
  calibrationProbes,
  loopProbes,
  hrDeliveryProbes,
  importsProbes,
  coachingProbes,
  rollupsProbes,
]);
