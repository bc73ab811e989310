// Whose hall a monthly report (表2) is: the halls where the caller may write it (their hall-manager posts), and
// the rule that a supervisor reads a hall's reports in their data scope.
import { can, grantOf, type Actor } from '@duda/authz';
import { reportsErrors } from '@duda/contract-portal';

export interface Hall {
  hallId: string;
  hallName: string;
}

export const writableHalls = (actor: Actor): Hall[] =>
  actor.roles
    .filter((r) => r.orgLevel === 'hall' && grantOf(r.role, 'portal.report.write'))
    .map((r) => ({ hallId: r.orgNodeId, hallName: r.orgNodeName }));

export function writableHall(actor: Actor, hallId: string): Hall {
  const hall = writableHalls(actor).find((h) => h.hallId === hallId);
  if (!hall || !can(actor, 'portal.report.write', { orgNodeId: hallId }))
    throw reportsErrors.writeDenied({}, 'hallId');
  return hall;
}

export function assertReadable(actor: Actor, hallId: string): void {
  if (!can(actor, 'portal.report.read', { orgNodeId: hallId })) throw reportsErrors.readDenied({}, 'hallId');
}
