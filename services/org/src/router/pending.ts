// `org.pending.mine`: an administrator's to-dos, in the portal inbox's one shape (ADR 0018).
import { pendingMineInput } from '@duda/contract-kit';
import { authedProcedure, router } from '@duda/service-kit';
import type { OrgDeps } from '../deps.ts';
import { orgPendingMine } from '../pending/pending.ts';

export const pendingRouter = (deps: OrgDeps) =>
  router({
    mine: authedProcedure
      .input(pendingMineInput)
      .query(({ ctx, input }) => orgPendingMine(deps, ctx.actor, input.limit)),
  });
