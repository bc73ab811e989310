// `performance.loop` (闭环看板): the month's inspection → training → exam → scorecard loop, hall by hall.
import { loopInputs } from '@duda/contract-performance';
import { authedProcedure, router } from '@duda/service-kit';
import type { PerformanceDeps } from '../deps.ts';
import { loopMonth } from '../loop/loop.ts';

export const loopRouter = (deps: PerformanceDeps) =>
  router({
    month: authedProcedure
      .input(loopInputs.month)
      .query(({ ctx, input }) => loopMonth(deps, ctx, input.month)),
  });
