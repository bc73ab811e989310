// The caller's visible org tree as the design system's tree-select nodes (units to own, scope or consult).
import { useProcedureQuery, type RouterOutputs } from '@duda/api-client';
import type { OrgTreeNode } from '@duda/ui';
import { computed } from 'vue';

type OrgTree = RouterOutputs['org']['tree'];
const toNodes = (nodes: OrgTree): OrgTreeNode[] =>
  nodes.map((node) => ({
    id: node.id,
    name: node.name,
    level: node.level,
    children: toNodes(node.children),
  }));

export function useOrgNodes() {
  const tree = useProcedureQuery('org.tree', { includeInactive: false }, { staleTime: 5 * 60_000 });
  return computed(() => toNodes(tree.data.value ?? []));
}
