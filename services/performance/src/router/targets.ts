// `performance.targets`: allocation down the tree (指标分解) and the person's acknowledgement (签收).
import { targetInputs } from '@duda/contract-performance';
import { authedProcedure, router } from '@duda/service-kit';
import type { PerformanceDeps } from '../deps.ts';
import { acknowledgeTargets, allocateTarget, listAllocations, myTargets } from '../library/targets.ts';

export const targetsRouter = (deps: PerformanceDeps) =>
  router({
    allocate: authedProcedure
      .input(targetInputs.allocate)
      .mutation(({ ctx, input }) => allocateTarget(deps, ctx, input)),
    list: authedProcedure
      .input(targetInputs.list)
      .query(({ ctx, input }) => listAllocations(deps, ctx, input)),
    mine: authedProcedure.input(targetInputs.mine).query(({ ctx, input }) => myTargets(deps, ctx, input)),
    acknowledge: authedProcedure
      .input(targetInputs.acknowledge)
      .mutation(({ ctx, input }) => acknowledgeTargets(deps, ctx, input)),
  });
