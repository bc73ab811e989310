import type { OrgLevel, Role } from '@duda/authz';
import type { StaffStatus } from '@duda/contract-org';

/** An org node as the front-ends and other services see it. */
export interface OrgNodeView {
  id: string;
  code: string;
  name: string;
  level: OrgLevel;
  parentId: string | null;
  active: boolean;
  address: string | null;
}

export interface OrgTreeNode extends OrgNodeView {
  children: OrgTreeNode[];
}

export interface PersonSummary {
  id: string;
  staffNo: string;
  name: string;
  position: string;
  status: StaffStatus;
  orgNodeId: string;
  orgName: string;
}

export interface RoleView {
  id: string;
  role: Role;
  orgNodeId: string;
  orgName: string;
}

export const nodeView = (n: OrgNodeView): OrgNodeView => ({
  id: n.id,
  code: n.code,
  name: n.name,
  level: n.level,
  parentId: n.parentId,
  active: n.active,
  address: n.address,
});

/** Nodes as a forest: each node's children sorted, roots are nodes whose parent is not in the list. */
export function toForest(nodes: (OrgNodeView & { sortOrder: number })[]): OrgTreeNode[] {
  const byId = new Map(
    nodes.map((n) => [n.id, { ...nodeView(n), children: [] as OrgTreeNode[], sortOrder: n.sortOrder }]),
  );
  const roots: (OrgTreeNode & { sortOrder: number })[] = [];
  for (const node of byId.values()) {
    const parent = node.parentId ? byId.get(node.parentId) : undefined;
    (parent ? parent.children : roots).push(node);
  }
  const strip = (list: (OrgTreeNode & { sortOrder?: number })[]): OrgTreeNode[] =>
    list
      .sort((a, b) => (a.sortOrder ?? 0) - (b.sortOrder ?? 0) || a.code.localeCompare(b.code))
      .map(({ sortOrder: _sortOrder, children, ...rest }) => ({ ...rest, children: strip(children) }));
  return strip(roots);
}
