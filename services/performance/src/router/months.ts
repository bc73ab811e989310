// `performance.months`: the city's month — state and distribution, the run (recorded and queued; its stages and the
// latest runs), the sign-off, HR's export.
import { monthInputs, monthRunInputs } from '@duda/contract-performance';
import { authedProcedure, router } from '@duda/service-kit';
import type { PerformanceDeps } from '../deps.ts';
import { exportMonth } from '../scorecards/export.ts';
import { monthRuns, requestRun, runStatus } from '../scorecards/month-runs.ts';
import { monthState, signOff } from '../scorecards/months.ts';

export const monthsRouter = (deps: PerformanceDeps) =>
  router({
    get: authedProcedure.input(monthInputs.get).query(({ ctx, input }) => monthState(deps, ctx, input.month)),
    run: authedProcedure
      .input(monthInputs.run)
      .mutation(({ ctx, input }) => requestRun(deps, ctx, input.month)),
    runs: authedProcedure.input(monthRunInputs.runs).query(({ ctx, input }) => monthRuns(deps, ctx, input)),
    runStatus: authedProcedure
      .input(monthRunInputs.runStatus)
      .query(({ ctx, input }) => runStatus(deps, ctx, input.id)),
    signOff: authedProcedure
      .input(monthInputs.signOff)
      .mutation(({ ctx, input }) => signOff(deps, ctx, input.month)),
    export: authedProcedure
      .input(monthInputs.export)
      .query(({ ctx, input }) => exportMonth(deps, ctx, input)),
  });
