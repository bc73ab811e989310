import type { AreaPolicy, Reach } from './area.ts';
import { ROLES, type Role } from './roles.ts';

export interface ComposedPolicy<A extends string> {
  actions: readonly A[];
  roleGrants: Record<Role, Partial<Record<A, Reach>>>;
  assignable: ReadonlySet<A>;
}

/**
 * The areas' policies as the one table the package checks. An action declared by two areas is refused:
 * the second area's grants would silently replace the first's.
 */
export function composeAreas<A extends string>(areas: readonly AreaPolicy<A>[]): ComposedPolicy<A> {
  const actions = areas.flatMap((area) => area.actions);
  const twice = actions.find((action, index) => actions.indexOf(action) !== index);
  if (twice !== undefined) throw new Error(`authz: action ${twice} is declared by two areas`);
  const roleGrants = Object.fromEntries(
    ROLES.map((role) => [role, Object.assign({}, ...areas.map((area) => area.grants[role] ?? {}))]),
  ) as Record<Role, Partial<Record<A, Reach>>>;
  return { actions, roleGrants, assignable: new Set(areas.flatMap((area) => area.assignable ?? [])) };
}
