// The inspection service's public API, one file per sub-area; each takes its input schemas from
// @duda/contract-inspection so the pages validate against the same ones.
import { router } from '@duda/service-kit';
import type { InspectionDeps } from '../deps.ts';
import { archiveRouter } from './archive.ts';
import { dashboardProcedure } from './dashboard.ts';
import { defectsProcedure } from './defects.ts';
import { figuresRouter } from './figures.ts';
import { inspectionsRouter } from './inspections.ts';
import { noticesRouter } from './notices.ts';
import { pendingRouter } from './pending.ts';
import { plansRouter } from './plans.ts';
import { queueRouter } from './queue.ts';
import { rectificationsRouter } from './rectifications.ts';
import { shortStavesProcedure } from './short-staves.ts';
import { templatesRouter } from './templates.ts';

/** Mounted by the gateway as `inspection.*`. */
export function createInspectionRouter(deps: InspectionDeps) {
  return router({
    templates: templatesRouter(deps),
    plans: plansRouter(deps),
    inspections: inspectionsRouter(deps),
    rectifications: rectificationsRouter(deps),
    defects: defectsProcedure(deps),
    dashboard: dashboardProcedure(deps),
    shortStaves: shortStavesProcedure(deps),
    figures: figuresRouter(deps),
    notices: noticesRouter(deps),
    archive: archiveRouter(deps),
    queue: queueRouter(deps),
    pending: pendingRouter(deps),
  });
}

export type InspectionRouter = ReturnType<typeof createInspectionRouter>;
