// `portal.inbox`: the caller's own to-dos from every area (待办, ADR 0018) — the home page's list and the menu badges.
import { inboxInputs } from '@duda/contract-portal';
import { authedProcedure, router } from '@duda/service-kit';
import type { PortalDeps } from '../deps.ts';
import { inboxCounts, myInbox } from '../inbox/inbox.ts';

export const inboxRouter = (deps: PortalDeps) =>
  router({
    mine: authedProcedure.input(inboxInputs.mine).query(({ ctx, input }) => myInbox(deps, ctx, input.limit)),
    counts: authedProcedure.query(({ ctx }) => inboxCounts(deps, ctx)),
  });
