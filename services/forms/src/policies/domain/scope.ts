// A policy's scope (适用范围): chosen units with everything below them, optionally narrowed to roles. The units'
// places come from the org service (each node with its district and city), so the subtree is found without the tree.
export interface Place {
  id: string;
  district: { id: string } | null;
  city: { id: string } | null;
}

/** The chosen units and every unit below them among `places`. */
export function expandScope(chosen: readonly string[], places: readonly Place[]): string[] {
  const picked = new Set(chosen);
  return places
    .filter((p) => picked.has(p.id) || picked.has(p.district?.id ?? '') || picked.has(p.city?.id ?? ''))
    .map((p) => p.id);
}

interface Scoped {
  scopeSubtree: readonly string[];
  scopeRoles: readonly string[];
}

/** Does the policy apply to someone with these roles: one role held at a unit in scope, of a role in scope? */
export const appliesTo = (v: Scoped, roles: readonly { role: string; orgNodeId: string }[]) =>
  roles.some(
    (r) => v.scopeSubtree.includes(r.orgNodeId) && (!v.scopeRoles.length || v.scopeRoles.includes(r.role)),
  );
