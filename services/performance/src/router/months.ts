// `performance.months`: the city's month — state and distribution, the run, the sign-off, HR's export.
import { monthInputs } from '@duda/contract-performance';
import { authedProcedure, router } from '@duda/service-kit';
import type { PerformanceDeps } from '../deps.ts';
import { exportMonth } from '../scorecards/export.ts';
import { monthState, signOff } from '../scorecards/months.ts';
import { runMonth } from '../scorecards/run.ts';

export const monthsRouter = (deps: PerformanceDeps) =>
  router({
    get: authedProcedure.input(monthInputs.get).query(({ ctx, input }) => monthState(deps, ctx, input.month)),
    run: authedProcedure
      .input(monthInputs.run)
      .mutation(({ ctx, input }) => runMonth(deps, ctx, input.month)),
    signOff: authedProcedure
      .input(monthInputs.signOff)
      .mutation(({ ctx, input }) => signOff(deps, ctx, input.month)),
    export: authedProcedure
      .input(monthInputs.export)
      .query(({ ctx, input }) => exportMonth(deps, ctx, input)),
  });
