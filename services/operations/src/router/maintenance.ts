// `operations.maintenance`: the maintenance cadence per device type, each city's own (a city setting).
import { maintenanceInputs } from '@duda/contract-operations';
import { authedProcedure, router } from '@duda/service-kit';
import type { OperationsDeps } from '../deps.ts';
import { cityCadences, setCadence } from '../maintenance/cadence.ts';

export const maintenanceRouter = (deps: OperationsDeps) =>
  router({
    cadences: authedProcedure
      .input(maintenanceInputs.cadences)
      .query(({ ctx, input }) => cityCadences(deps, ctx, input)),
    setCadence: authedProcedure
      .input(maintenanceInputs.setCadence)
      .mutation(({ ctx, input }) => setCadence(deps, ctx, input)),
  });
