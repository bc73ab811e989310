// `forms.approvals`: the approver's pending list, acting on a task, the submitter's withdraw / resubmit / remind,
// copying people in and whom one may name, an approval's detail and history, one's own delegations (代理), and
// the start of an approval of another area's subject by that area's service (`start`).
import { approvalInputs as input } from '@duda/contract-forms';
import { authedProcedure, router } from '@duda/service-kit';
import type { FormsDeps } from '../deps.ts';
import {
  actOnTask,
  approvalHistory,
  copyIn,
  getApproval,
  remind,
  resubmit,
  withdraw,
} from '../approvals/approval-service.ts';
import { createDelegation, listDelegations, removeDelegation } from '../approvals/delegations.ts';
import { nameablePeople } from '../approvals/nameable-search.ts';
import { myPendingApprovals } from '../approvals/pending.ts';
import { startForArea } from '../approvals/start-for-area.ts';

export const approvalsRouter = (deps: FormsDeps) =>
  router({
    pending: authedProcedure
      .input(input.pending)
      .query(({ ctx, input }) => myPendingApprovals(deps, ctx, input)),
    get: authedProcedure.input(input.get).query(({ ctx, input }) => getApproval(deps, ctx, input.instanceId)),
    history: authedProcedure
      .input(input.history)
      .query(({ ctx, input }) => approvalHistory(deps, ctx, input.instanceId)),
    act: authedProcedure.input(input.act).mutation(({ ctx, input }) => actOnTask(deps, ctx, input)),
    cc: authedProcedure.input(input.cc).mutation(({ ctx, input }) => copyIn(deps, ctx, input)),
    nameable: authedProcedure
      .input(input.nameable)
      .query(({ ctx, input }) => nameablePeople(deps, ctx, input)),
    start: authedProcedure.input(input.start).mutation(({ ctx, input }) => startForArea(deps, ctx, input)),
    remind: authedProcedure.input(input.remind).mutation(({ ctx, input }) => remind(deps, ctx, input)),
    withdraw: authedProcedure.input(input.withdraw).mutation(({ ctx, input }) => withdraw(deps, ctx, input)),
    resubmit: authedProcedure.input(input.resubmit).mutation(({ ctx, input }) => resubmit(deps, ctx, input)),
    delegations: router({
      list: authedProcedure
        .input(input.delegationList)
        .query(({ ctx, input }) => listDelegations(deps, ctx, input)),
      create: authedProcedure
        .input(input.delegationCreate)
        .mutation(({ ctx, input }) => createDelegation(deps, ctx, input)),
      remove: authedProcedure
        .input(input.delegationRemove)
        .mutation(({ ctx, input }) => removeDelegation(deps, ctx, input.id)),
    }),
  });
