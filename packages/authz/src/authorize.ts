import { ASSIGNABLE, grantOf, ROLE_GRANTS, type Action } from './actions.ts';
import type { OrgLevel, Role } from './roles.ts';

/** One role held by a person at one org node, with the ids of that node and every node below it. */
export interface ScopedRole {
  role: Role;
  orgNodeId: string;
  orgNodeName: string;
  orgLevel: OrgLevel;
  /** The node itself and all its descendants (expanded by the org service when the caller is resolved). */
  subtree: readonly string[];
}

/** The authenticated caller, as every service sees it. */
export interface Actor {
  personId: string;
  name: string;
  staffNo: string;
  /** The org node the person works at (their hall, district office…). */
  homeOrgNodeId: string;
  roles: readonly ScopedRole[];
}

/** What is being acted on: where it sits in the org tree, and whom it belongs to if anyone. */
export interface Target {
  orgNodeId: string;
  /** The person a personal record belongs to (an exam attempt, a score, a leave request). */
  ownerPersonId?: string;
  /** People given access to this one object by assignment, e.g. the cross-inspectors of an inspection. */
  assigneeIds?: readonly string[];
}

/** May `actor` do `action` on `target`? The single authorization question every service asks. */
export function can(actor: Actor, action: Action, target: Target): boolean {
  if (target.assigneeIds?.includes(actor.personId) && ASSIGNABLE.has(action)) return true;
  return actor.roles.some((scoped) => {
    const reach = grantOf(scoped.role, action);
    if (!reach || !scoped.subtree.includes(target.orgNodeId)) return false;
    return reach === 'subtree' || target.ownerPersonId === actor.personId;
  });
}

/** Whether the actor may do `action` anywhere at all (used for menus and for list endpoints). */
export const canAnywhere = (actor: Actor, action: Action): boolean =>
  actor.roles.some((scoped) => grantOf(scoped.role, action) !== undefined);

export interface Scope {
  /** Org nodes where the action is allowed on every record. */
  orgNodeIds: string[];
  /** Org nodes where it is allowed only on the actor's own records. */
  ownOrgNodeIds: string[];
}

/**
 * The data scope for listing: which org nodes' records the actor may see for `action`. Services turn this
 * into a WHERE clause (`orgNodeId IN (...)`, plus `ownerId = actor` for the own-only part).
 */
export function scopeOf(actor: Actor, action: Action): Scope {
  const all = new Set<string>();
  const own = new Set<string>();
  for (const scoped of actor.roles) {
    const reach = grantOf(scoped.role, action);
    if (!reach) continue;
    for (const id of scoped.subtree) (reach === 'subtree' ? all : own).add(id);
  }
  for (const id of all) own.delete(id);
  return { orgNodeIds: [...all], ownOrgNodeIds: [...own] };
}

/** Every action the actor holds somewhere; the shell builds its menu from this. */
export function permissionsOf(actor: Actor): Action[] {
  const result = new Set<Action>();
  for (const scoped of actor.roles) {
    for (const action of Object.keys(ROLE_GRANTS[scoped.role]) as Action[]) result.add(action);
  }
  return [...result].sort();
}
