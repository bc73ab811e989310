// `forms.pending.mine`: the caller's to-dos in the forms area, in the portal inbox's one shape (ADR 0018).
import { mergePending, pendingMineInput, pendingPage } from '@duda/contract-kit';
import { authedProcedure, router } from '@duda/service-kit';
import type { FormsDeps } from '../deps.ts';
import { formsPendingMine } from '../approvals/pending.ts';
import { myPendingComplaints } from '../complaints/index.ts';
import { myPendingPolicies } from '../policies/index.ts';

export const pendingRouter = (deps: FormsDeps) =>
  router({
    mine: authedProcedure
      .input(pendingMineInput)
      .query(async ({ ctx, input }) =>
        mergePending(
          [
            await formsPendingMine(deps, ctx, input.limit),
            pendingPage(await myPendingComplaints(deps, ctx.actor), input.limit),
            pendingPage(await myPendingPolicies(deps, ctx.actor), input.limit),
          ],
          input.limit,
        ),
      ),
  });
