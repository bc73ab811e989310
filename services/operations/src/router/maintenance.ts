// `operations.maintenance`: the maintenance cadence per device type (a city setting).
import { maintenanceInputs } from '@duda/contract-operations';
import { authedProcedure, router } from '@duda/service-kit';
import type { OperationsDeps } from '../deps.ts';
import { cadences, setCadence } from '../maintenance/cadence.ts';

export const maintenanceRouter = (deps: OperationsDeps) =>
  router({
    cadences: authedProcedure.query(() => cadences(deps)),
    setCadence: authedProcedure
      .input(maintenanceInputs.setCadence)
      .mutation(({ ctx, input }) => setCadence(deps, ctx, input)),
  });
