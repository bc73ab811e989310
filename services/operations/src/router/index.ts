// The Hall operations service's public API, one file per sub-area; inputs come from @duda/contract-operations.
import { router } from '@duda/service-kit';
import type { OperationsDeps } from '../deps.ts';
import { devicesRouter } from './devices.ts';
import { drillsRouter } from './drills.ts';
import { faultsRouter } from './faults.ts';
import { figuresRouter } from './figures.ts';
import { incidentsRouter } from './incidents.ts';
import { maintenanceRouter } from './maintenance.ts';
import { pendingRouter } from './pending.ts';
import { plansRouter } from './plans.ts';
import { retirementsRouter } from './retirements.ts';

/** Mounted by the gateway as `operations.*`. */
export function createOperationsRouter(deps: OperationsDeps) {
  return router({
    devices: devicesRouter(deps),
    faults: faultsRouter(deps),
    retirements: retirementsRouter(deps),
    maintenance: maintenanceRouter(deps),
    figures: figuresRouter(deps),
    pending: pendingRouter(deps),
    plans: plansRouter(deps),
    incidents: incidentsRouter(deps),
    drills: drillsRouter(deps),
  });
}

export type OperationsRouter = ReturnType<typeof createOperationsRouter>;
