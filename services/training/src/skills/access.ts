// Who sees and records skill results, and how far: everyone holding training.read reads the records of the halls
// in their scope (hall and duty managers their hall, district supervisors their district, trainers, leaders and
// HR the city); training.skills.record lets a hall's managers and its district supervisor write them; every member
// of staff (training.exam.take) takes the typing test and reads their own results.
import { can, scopeOf, type Actor } from '@duda/authz';
import { skillsErrors } from '@duda/contract-training';
import type { CallerContext } from '@duda/service-kit';

export type SkillsCtx = CallerContext & { actor: Actor };

/** Records of the halls (or of halls under the nodes) the caller may read. */
export function readableWhere(actor: Actor): { OR: object[] } {
  const nodes = scopeOf(actor, 'training.read').orgNodeIds;
  if (nodes.length === 0) throw skillsErrors.readDenied();
  return { OR: [{ hallId: { in: nodes } }, { orgPath: { hasSome: nodes } }] };
}

/** Before looking the examinee up: someone who records nowhere is told so, not that the person is unknown. */
export function assertRecordsSomewhere(actor: Actor): void {
  if (scopeOf(actor, 'training.skills.record').orgNodeIds.length === 0) throw skillsErrors.recordDenied();
}

export function assertMayRecord(actor: Actor, hallId: string): void {
  if (!can(actor, 'training.skills.record', { orgNodeId: hallId })) throw skillsErrors.recordDenied();
}

export function assertTakesTests(actor: Actor): void {
  const target = { orgNodeId: actor.homeOrgNodeId, ownerPersonId: actor.personId };
  if (!can(actor, 'training.exam.take', target)) throw skillsErrors.takeDenied();
}

/** A hall's own pages (coverage, month report): the hall must be in the caller's reading scope. */
export function assertReadsHall(actor: Actor, hallId: string): void {
  readableWhere(actor);
  if (!can(actor, 'training.read', { orgNodeId: hallId })) throw skillsErrors.hallNotFound();
}
