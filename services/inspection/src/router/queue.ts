// `inspection.queue.*`: queue readings, the warnings they raise (排队预警) and the city's thresholds.
import { queueInputs as input } from '@duda/contract-inspection';
import { authedProcedure, router } from '@duda/service-kit';
import type { InspectionDeps } from '../deps.ts';
import {
  acknowledgeAlert,
  activeAlerts,
  hallQueueMonth,
  hallReadings,
  queueSettings,
  reportQueue,
  updateQueueSettings,
} from '../queue/queue-service.ts';

export const queueRouter = (deps: InspectionDeps) =>
  router({
    report: authedProcedure.input(input.report).mutation(({ ctx, input }) => reportQueue(deps, ctx, input)),
    alerts: authedProcedure.query(({ ctx }) => activeAlerts(deps, ctx)),
    readings: authedProcedure
      .input(input.readings)
      .query(({ ctx, input }) => hallReadings(deps, ctx, input.hallId)),
    month: authedProcedure.input(input.month).query(({ ctx, input }) => hallQueueMonth(deps, ctx, input)),
    acknowledge: authedProcedure
      .input(input.acknowledge)
      .mutation(({ ctx, input }) => acknowledgeAlert(deps, ctx, input.id)),
    settings: authedProcedure
      .input(input.settings)
      .query(({ ctx, input }) => queueSettings(deps, ctx, input.cityId)),
    updateSettings: authedProcedure
      .input(input.updateSettings)
      .mutation(({ ctx, input }) => updateQueueSettings(deps, ctx, input)),
  });
