// `forms.pending.mine`: the caller's to-dos in the forms area, in the portal inbox's one shape (ADR 0018).
import { pendingMineInput } from '@duda/contract-kit';
import { authedProcedure, router } from '@duda/service-kit';
import type { FormsDeps } from '../deps.ts';
import { formsPendingMine } from '../approvals/pending.ts';

export const pendingRouter = (deps: FormsDeps) =>
  router({
    mine: authedProcedure
      .input(pendingMineInput)
      .query(({ ctx, input }) => formsPendingMine(deps, ctx, input.limit)),
  });
