// `org.admin.*`: maintaining staff, their roles and the org tree, and reading the audit log.
import type { Actor } from '@duda/authz';
import { orgAdminInputs, peopleAdminInputs, peopleImportInputs } from '@duda/contract-org';
import { authedProcedure, router } from '@duda/service-kit';
import { exportAudit } from '../admin/audit-export.ts';
import { listAudit } from '../admin/audit.ts';
import { createNode, moveNode, setNodeActive, updateNode } from '../admin/org-admin.ts';
import { importPeople, peopleTemplate } from '../admin/people-import.ts';
import { listSessions, revokeSessions } from '../admin/sessions-admin.ts';
import {
  assignRole,
  createPerson,
  resetPassword,
  revokeRole,
  setPersonStatus,
  updatePerson,
} from '../admin/people-admin.ts';
import type { OrgDeps } from '../deps.ts';
import { announceCallerChange } from '../identity/caller-changes.ts';

/** The caller as the admin handlers record it in the audit log. */
const call = (ctx: { actor: Actor; requestId: string }) => ({ actor: ctx.actor, requestId: ctx.requestId });

/**
 * An administrator's write: whatever it changed (roles, a person, the org tree), the cached callers of this
 * process are forgotten after it, so the change applies to its next request, and every other org process is
 * told to forget them too (identity/caller-changes.ts).
 */
const adminWrite = (deps: OrgDeps) =>
  authedProcedure.use(async ({ next }) => {
    const result = await next();
    deps.actors.clear();
    if (result.ok) await announceCallerChange(deps.prisma);
    return result;
  });

export const adminRouter = (deps: OrgDeps) =>
  router({
    createPerson: adminWrite(deps)
      .input(peopleAdminInputs.createPerson)
      .mutation(({ ctx, input }) => createPerson(deps, call(ctx), input)),
    updatePerson: adminWrite(deps)
      .input(peopleAdminInputs.updatePerson)
      .mutation(({ ctx, input }) => updatePerson(deps, call(ctx), input)),
    setPersonStatus: adminWrite(deps)
      .input(peopleAdminInputs.setPersonStatus)
      .mutation(({ ctx, input }) => setPersonStatus(deps, call(ctx), input)),
    assignRole: adminWrite(deps)
      .input(peopleAdminInputs.assignRole)
      .mutation(({ ctx, input }) => assignRole(deps, call(ctx), input)),
    revokeRole: adminWrite(deps)
      .input(peopleAdminInputs.revokeRole)
      .mutation(({ ctx, input }) => revokeRole(deps, call(ctx), input)),
    resetPassword: adminWrite(deps)
      .input(peopleAdminInputs.resetPassword)
      .mutation(({ ctx, input }) => resetPassword(deps, call(ctx), input)),
    peopleTemplate: authedProcedure.query(({ ctx }) => peopleTemplate(deps, ctx.actor)),
    importPeople: adminWrite(deps)
      .input(peopleImportInputs.import)
      .mutation(({ ctx, input }) => importPeople(deps, call(ctx), input)),
    sessions: authedProcedure
      .input(peopleAdminInputs.sessions)
      .query(({ ctx, input }) => listSessions(deps, ctx.actor, input)),
    revokeSessions: adminWrite(deps)
      .input(peopleAdminInputs.revokeSessions)
      .mutation(({ ctx, input }) => revokeSessions(deps, call(ctx), input)),
    createNode: adminWrite(deps)
      .input(orgAdminInputs.createNode)
      .mutation(({ ctx, input }) => createNode(deps, call(ctx), input)),
    updateNode: adminWrite(deps)
      .input(orgAdminInputs.updateNode)
      .mutation(({ ctx, input }) => updateNode(deps, call(ctx), input)),
    moveNode: adminWrite(deps)
      .input(orgAdminInputs.moveNode)
      .mutation(({ ctx, input }) => moveNode(deps, call(ctx), input)),
    setNodeActive: adminWrite(deps)
      .input(orgAdminInputs.setNodeActive)
      .mutation(({ ctx, input }) => setNodeActive(deps, call(ctx), input)),
    audit: authedProcedure
      .input(orgAdminInputs.audit)
      .query(({ ctx, input }) => listAudit(deps, ctx.actor, input)),
    auditExport: authedProcedure
      .input(orgAdminInputs.auditExport)
      .query(({ ctx, input }) => exportAudit(deps, ctx.actor, input)),
  });
