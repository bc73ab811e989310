import type { Actor } from '@duda/authz';
import { authedProcedure, pageInput, router, z } from '@duda/service-kit';
import { listAudit } from '../admin/audit.ts';
import { createNode, moveNode, setNodeActive, updateNode } from '../admin/org-admin.ts';
import {
  assignRole,
  createPerson,
  resetPassword,
  revokeRole,
  setPersonStatus,
  updatePerson,
} from '../admin/people-admin.ts';
import type { OrgDeps } from '../deps.ts';
import { listHalls, nodeDetail, nodesByIds, visibleTree } from '../directory/org-queries.ts';
import { listPeople, peopleByIds, personDetail, searchPeople } from '../directory/people-queries.ts';
import { changePassword } from '../identity/change-password.ts';
import * as input from './inputs.ts';
import { meProcedure } from './me.ts';

/** The org service's public API, mounted by the gateway as `org.*`. Handlers live in their own modules. */
export function createOrgRouter(deps: OrgDeps) {
  const call = (ctx: { actor: Actor; requestId: string }) => ({
    actor: ctx.actor,
    requestId: ctx.requestId,
  });
  return router({
    me: meProcedure(deps),
    account: router({
      changePassword: authedProcedure
        .meta({ openDuringPasswordChange: true })
        .input(input.changePassword)
        .mutation(({ ctx, input }) => changePassword(deps, ctx.actor.personId, ctx.sessionId, input)),
    }),
    tree: authedProcedure
      .input(z.object({ includeInactive: z.boolean().default(false) }).default({ includeInactive: false }))
      .query(({ ctx, input }) => visibleTree(deps, ctx.actor, input.includeInactive)),
    node: authedProcedure
      .input(z.object({ id: input.id }))
      .query(({ ctx, input }) => nodeDetail(deps, ctx.actor, input.id)),
    nodes: authedProcedure
      .input(z.object({ ids: z.array(input.id).max(1000) }))
      .query(({ ctx, input }) => nodesByIds(deps, ctx.actor, input.ids)),
    halls: authedProcedure
      .input(
        pageInput.extend({
          q: z.string().trim().max(50).nullish(),
          districtId: input.id.nullish(),
          includeInactive: z.boolean().default(false),
        }),
      )
      .query(({ ctx, input }) => listHalls(deps, ctx.actor, input)),
    people: router({
      list: authedProcedure
        .input(input.peopleFilter)
        .query(({ ctx, input }) => listPeople(deps, ctx.actor, input)),
      get: authedProcedure
        .input(z.object({ id: input.id }))
        .query(({ ctx, input }) => personDetail(deps, ctx.actor, input.id)),
      search: authedProcedure
        .input(
          z.object({
            q: z.string().trim().min(1).max(30),
            limit: z.number().int().min(1).max(50).default(20),
          }),
        )
        .query(({ ctx, input }) => searchPeople(deps, ctx.actor, input.q, input.limit)),
      byIds: authedProcedure
        .input(z.object({ ids: z.array(input.id).max(500) }))
        .query(({ ctx, input }) => peopleByIds(deps, ctx.actor, input.ids)),
    }),
    admin: router({
      createPerson: authedProcedure
        .input(input.newPerson)
        .mutation(({ ctx, input }) => createPerson(deps, call(ctx), input)),
      updatePerson: authedProcedure
        .input(input.personChanges)
        .mutation(({ ctx, input }) => updatePerson(deps, call(ctx), input)),
      setPersonStatus: authedProcedure
        .input(z.object({ id: input.id, status: z.enum(['active', 'on_leave', 'left']) }))
        .mutation(({ ctx, input }) => setPersonStatus(deps, call(ctx), input)),
      assignRole: authedProcedure
        .input(z.object({ personId: input.id, role: input.role, orgNodeId: input.id }))
        .mutation(({ ctx, input }) => assignRole(deps, call(ctx), input)),
      revokeRole: authedProcedure
        .input(z.object({ assignmentId: input.id }))
        .mutation(({ ctx, input }) => revokeRole(deps, call(ctx), input)),
      resetPassword: authedProcedure
        .input(z.object({ personId: input.id }))
        .mutation(({ ctx, input }) => resetPassword(deps, call(ctx), input)),
      createNode: authedProcedure
        .input(input.newNode)
        .mutation(({ ctx, input }) => createNode(deps, call(ctx), input)),
      updateNode: authedProcedure
        .input(
          z.object({
            id: input.id,
            name: z.string().trim().min(1).max(50).optional(),
            address: z.string().trim().max(200).nullish(),
          }),
        )
        .mutation(({ ctx, input }) => updateNode(deps, call(ctx), input)),
      moveNode: authedProcedure
        .input(z.object({ id: input.id, newParentId: input.id }))
        .mutation(({ ctx, input }) => moveNode(deps, call(ctx), input)),
      setNodeActive: authedProcedure
        .input(z.object({ id: input.id, active: z.boolean() }))
        .mutation(({ ctx, input }) => setNodeActive(deps, call(ctx), input)),
      audit: authedProcedure
        .input(
          pageInput.extend({
            entityType: z.string().max(30).nullish(),
            entityId: z.string().max(60).nullish(),
          }),
        )
        .query(({ ctx, input }) => listAudit(deps, ctx.actor, input)),
    }),
  });
}

export type OrgRouter = ReturnType<typeof createOrgRouter>;
