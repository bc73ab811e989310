// `performance.rollups` (季度/年度汇总): the quarter's or year's score of each person in scope, and one person's months, HR's file.
import { rollupInputs } from '@duda/contract-performance';
import { authedProcedure, router } from '@duda/service-kit';
import type { PerformanceDeps } from '../deps.ts';
import { exportRollups } from '../rollups/export.ts';
import { getRollup, listRollups } from '../rollups/rollups.ts';

export const rollupsRouter = (deps: PerformanceDeps) =>
  router({
    list: authedProcedure.input(rollupInputs.list).query(({ ctx, input }) => listRollups(deps, ctx, input)),
    get: authedProcedure.input(rollupInputs.get).query(({ ctx, input }) => getRollup(deps, ctx, input)),
    export: authedProcedure
      .input(rollupInputs.export)
      .query(({ ctx, input }) => exportRollups(deps, ctx, input)),
  });
