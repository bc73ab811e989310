// `performance.pending.mine`: the caller's own to-dos in this area (待办, ADR 0018), for the portal's inbox.
import { pendingMineInput } from '@duda/contract-kit';
import { authedProcedure, router } from '@duda/service-kit';
import type { PerformanceDeps } from '../deps.ts';
import { myPendingActions } from '../pending/pending-actions.ts';

export const pendingRouter = (deps: PerformanceDeps) =>
  router({
    mine: authedProcedure
      .input(pendingMineInput)
      .query(({ ctx, input }) => myPendingActions(deps, ctx, input.limit)),
  });
