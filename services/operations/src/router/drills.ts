// `operations.drills`: drills per hall (应急演练) — scheduled, evaluated, counted for the supervisors.
import { drillInputs } from '@duda/contract-operations';
import { authedProcedure, router } from '@duda/service-kit';
import type { OperationsDeps } from '../deps.ts';
import {
  drillYearFigures,
  evaluateDrill,
  getDrill,
  listDrills,
  scheduleDrill,
} from '../drills/drill-service.ts';

export const drillsRouter = (deps: OperationsDeps) =>
  router({
    list: authedProcedure.input(drillInputs.list).query(({ ctx, input }) => listDrills(deps, ctx, input)),
    get: authedProcedure.input(drillInputs.get).query(({ ctx, input }) => getDrill(deps, ctx, input.id)),
    schedule: authedProcedure
      .input(drillInputs.schedule)
      .mutation(({ ctx, input }) => scheduleDrill(deps, ctx, input)),
    evaluate: authedProcedure
      .input(drillInputs.evaluate)
      .mutation(({ ctx, input }) => evaluateDrill(deps, ctx, input)),
    figures: authedProcedure
      .input(drillInputs.figures)
      .query(({ ctx, input }) => drillYearFigures(deps, ctx, input)),
  });
