// `operations.pending.mine`: the caller's to-dos of the ledger, in the portal inbox's one shape (ADR 0018).
import { pendingMineInput } from '@duda/contract-kit';
import { authedProcedure, router } from '@duda/service-kit';
import type { OperationsDeps } from '../deps.ts';
import { operationsPendingMine } from '../pending/pending.ts';

export const pendingRouter = (deps: OperationsDeps) =>
  router({
    mine: authedProcedure
      .input(pendingMineInput)
      .query(({ ctx, input }) => operationsPendingMine(deps, ctx, input.limit)),
  });
