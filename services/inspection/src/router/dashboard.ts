// `inspection.dashboard`: the supervision dashboard (督导看板) of a scope and month.
import { dashboardInput } from '@duda/contract-inspection';
import { authedProcedure } from '@duda/service-kit';
import { dashboard } from '../dashboard/dashboard-service.ts';
import type { InspectionDeps } from '../deps.ts';

export const dashboardProcedure = (deps: InspectionDeps) =>
  authedProcedure.input(dashboardInput).query(({ ctx, input }) => dashboard(deps, ctx, input));
