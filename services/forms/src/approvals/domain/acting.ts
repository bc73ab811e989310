// Who may act on a task: its person, a holder of its role slot, or their deputy inside the delegation's window.
import type { Assignee, Delegation, EngineActor, PersonRef, Task } from './types.ts';

/** Does someone holding these role slots (or being this person) stand where the task waits? */
export function holds(
  person: { personId: string; roles: EngineActor['roles'] },
  assignee: Assignee,
): boolean {
  if (assignee.kind === 'person') return assignee.personId === person.personId;
  return person.roles.some((r) => r.role === assignee.role && r.orgNodeId === assignee.orgNodeId);
}

/** A delegation is in force from its start up to (not including) its end. */
export const inWindow = (d: Pick<Delegation, 'from' | 'to'>, now: Date) => d.from <= now && now < d.to;

/**
 * Whom the actor acts as on this task: themself (`onBehalfOf` null), the principal of a delegation in force, or
 * nobody (undefined) — a deputy outside the window may not act.
 */
export function actingFor(
  actor: EngineActor,
  task: Task,
  delegations: readonly Delegation[],
  now: Date,
): { onBehalfOf: PersonRef | null } | undefined {
  if (holds(actor, task.assignee)) return { onBehalfOf: null };
  const delegation = delegations.find(
    (d) =>
      d.deputyId === actor.personId &&
      inWindow(d, now) &&
      holds({ personId: d.principal.personId, roles: d.principalRoles }, task.assignee),
  );
  return delegation ? { onBehalfOf: delegation.principal } : undefined;
}
