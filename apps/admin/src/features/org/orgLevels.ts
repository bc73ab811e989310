import { ORG_LEVELS, type OrgLevel } from '@duda/contract-org';
import type { OrgTreeNode } from '../shared/api.ts';

/** The levels a new unit under this one may have: any lower level (a hall may sit straight under a city). */
export const childLevels = (parent: OrgLevel): OrgLevel[] => ORG_LEVELS.slice(ORG_LEVELS.indexOf(parent) + 1);

/** The levels a unit's new parent may have: any higher level. */
export const parentLevels = (level: OrgLevel): OrgLevel[] => ORG_LEVELS.slice(0, ORG_LEVELS.indexOf(level));

/** The tree without one unit and everything under it: a unit cannot move under itself. */
export function withoutSubtree(nodes: readonly OrgTreeNode[], id: string): OrgTreeNode[] {
  return nodes
    .filter((node) => node.id !== id)
    .map((node) => ({ ...node, children: withoutSubtree(node.children, id) }));
}

/** A unit of the tree by id, wherever it sits. */
export function findNode(nodes: readonly OrgTreeNode[], id: string | null): OrgTreeNode | null {
  for (const node of nodes) {
    if (node.id === id) return node;
    const found = findNode(node.children, id);
    if (found) return found;
  }
  return null;
}
