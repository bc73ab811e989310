// Who writes a work log or weekly report (工作日志/周报): the caller, at their home org node — the node a supervisor's
// data scope is matched against. Names are copied so the record reads as it was written.
import { canAnywhere, scopeOf, type Actor } from '@duda/authz';
import { worklogErrors } from '@duda/contract-portal';

export interface Writer {
  personId: string;
  personName: string;
  orgNodeId: string;
  orgName: string;
}

export function writerOf(actor: Actor): Writer {
  if (!canAnywhere(actor, 'portal.worklog.write')) throw worklogErrors.writeDenied();
  const home = actor.roles.find((r) => r.orgNodeId === actor.homeOrgNodeId) ?? actor.roles[0]!;
  return {
    personId: actor.personId,
    personName: actor.name,
    orgNodeId: actor.homeOrgNodeId,
    orgName: home.orgNodeName,
  };
}

/** What a supervisor reads besides their own: the people at the org nodes of their scope (by @duda/authz). */
export function readableWhere(actor: Actor, personId?: string | null) {
  const { orgNodeIds } = scopeOf(actor, 'portal.worklog.read');
  if (orgNodeIds.length === 0) throw worklogErrors.readDenied();
  return { orgNodeId: { in: orgNodeIds }, ...(personId ? { personId } : {}) };
}
