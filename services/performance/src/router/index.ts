// The Performance service's public API, one file per sub-area; inputs come from @duda/contract-performance.
import { router } from '@duda/service-kit';
import type { PerformanceDeps } from '../deps.ts';
import { kpisRouter } from './kpis.ts';
import { monthsRouter } from './months.ts';
import { scorecardsRouter } from './scorecards.ts';
import { schemesRouter } from './schemes.ts';
import { targetsRouter } from './targets.ts';
import { pendingRouter } from './pending.ts';
import { reviewsRouter } from './reviews.ts';
import { appealsRouter } from './appeals.ts';
import { calibrationRouter } from './calibration.ts';
import { loopRouter } from './loop.ts';
import { hrDeliveryRouter } from './hrDelivery.ts';
import { importsRouter } from './imports.ts';
import { coachingRouter } from './coaching.ts';
import { rollupsRouter } from './rollups.ts';

/** Mounted by the gateway as `performance.*`. */
export function createPerformanceRouter(deps: PerformanceDeps) {
  return router({
    kpis: kpisRouter(deps),
    schemes: schemesRouter(deps),
    targets: targetsRouter(deps),
    months: monthsRouter(deps),
    scorecards: scorecardsRouter(deps),
    reviews: reviewsRouter(deps),
    pending: pendingRouter(deps),
    appeals: appealsRouter(deps),
    calibration: calibrationRouter(deps),
    loop: loopRouter(deps),
    hrDelivery: hrDeliveryRouter(deps),
    imports: importsRouter(deps),
    coaching: coachingRouter(deps),
    rollups: rollupsRouter(deps),
  });
}

export type PerformanceRouter = ReturnType<typeof createPerformanceRouter>;
