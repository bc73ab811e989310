// Who sees an approval: its submitter, whoever a task of it waits or waited for (or their deputy), the people copied
// in, and those who read the unit's approvals (forms.approval.read over its org node).
import { can, type Actor } from '@duda/authz';
import { actingFor, holds } from './domain/acting.ts';
import type { Delegation, InstanceState } from './domain/types.ts';
import { delegationsTo, engineActor } from './acting-context.ts';
import { taskOf, type Tx } from './store.ts';

export function mayRead(
  actor: Actor,
  instance: { orgNodeId: string; state: InstanceState },
  delegations: readonly Delegation[],
  now: Date,
): boolean {
  const me = engineActor(actor);
  const { state } = instance;
  return (
    state.submitter.personId === me.personId ||
    state.cc.some((p) => p.personId === me.personId) ||
    state.tasks.some(
      (t) =>
        holds(me, t.assignee) ||
        t.actedBy?.personId === me.personId ||
        actingFor(me, t, delegations, now) !== undefined,
    ) ||
    can(actor, 'forms.approval.read', { orgNodeId: instance.orgNodeId })
  );
}

/**
 * Is the person part of the subject's approval — its submitter, an approver of a current or past step (by person or
 * by a role slot they hold), the deputy of such an approver inside the delegation's window (the engine's own
 * `actingFor`), or copied in? For the subject's owner to let approvers read what they approve.
 */
export async function takesPartInApproval(
  db: Pick<Tx, 'approvalInstance' | 'approvalDelegation'>,
  actor: Actor,
  subjectType: string,
  subjectId: string,
  now: Date,
): Promise<boolean> {
  const [instance, delegations] = await Promise.all([
    db.approvalInstance.findUnique({
      where: { subjectType_subjectId: { subjectType, subjectId } },
      include: { tasks: true },
    }),
    delegationsTo(db, actor.personId, now),
  ]);
  if (!instance) return false;
  const me = engineActor(actor);
  const cc = instance.cc as { personId: string }[];
  return (
    instance.submitterId === me.personId ||
    cc.some((p) => p.personId === me.personId) ||
    instance.tasks
      .map(taskOf)
      .some((t) => t.actedBy?.personId === me.personId || actingFor(me, t, delegations, now) !== undefined)
  );
}
