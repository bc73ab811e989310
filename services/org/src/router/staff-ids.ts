// `org.staffIds.*`: business-system IDs issued to staff (营业厅工号, 表5), for administrators within their units.
import type { Actor } from '@duda/authz';
import { staffIdInputs as input } from '@duda/contract-org';
import { authedProcedure, router } from '@duda/service-kit';
import type { OrgDeps } from '../deps.ts';
import {
  issueStaffId,
  listStaffIds,
  restoreStaffId,
  revokeStaffId,
  suspendStaffId,
} from '../staff-ids/staff-ids.ts';

const call = (ctx: { actor: Actor; requestId: string }) => ({ actor: ctx.actor, requestId: ctx.requestId });

export const staffIdsRouter = (deps: OrgDeps) =>
  router({
    list: authedProcedure.input(input.list).query(({ ctx, input }) => listStaffIds(deps, ctx.actor, input)),
    issue: authedProcedure
      .input(input.issue)
      .mutation(({ ctx, input }) => issueStaffId(deps, call(ctx), input)),
    suspend: authedProcedure
      .input(input.suspend)
      .mutation(({ ctx, input }) => suspendStaffId(deps, call(ctx), input)),
    restore: authedProcedure
      .input(input.restore)
      .mutation(({ ctx, input }) => restoreStaffId(deps, call(ctx), input)),
    revoke: authedProcedure
      .input(input.revoke)
      .mutation(({ ctx, input }) => revokeStaffId(deps, call(ctx), input)),
  });
