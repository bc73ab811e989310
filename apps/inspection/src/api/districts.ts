import { useProcedureQuery } from '@duda/api-client';
import type { RouterOutputs } from '@duda/api-client';
import type { OrgTreeNode } from '@duda/ui';
import { computed } from 'vue';

type OrgTree = RouterOutputs['org']['tree'];

/** The visible tree cut just below the districts: the district filter picks a 区县, never a hall. */
export function districtTree(nodes: OrgTree): OrgTreeNode[] {
  return nodes
    .filter((node) => node.level !== 'hall')
    .map((node) => ({
      id: node.id,
      name: node.name,
      level: node.level,
      children: node.level === 'district' ? [] : districtTree(node.children),
    }));
}

const countDistricts = (nodes: OrgTreeNode[]): number =>
  nodes.reduce(
    (sum, node) => sum + (node.level === 'district' ? 1 : 0) + countDistricts(node.children ?? []),
    0,
  );

/** Districts within the user's scope, as a tree for DOrgTreeSelect; a hall's own staff have none. */
export function useDistrictTree() {
  const query = useProcedureQuery('org.tree', { includeInactive: false }, { staleTime: 5 * 60_000 });
  const tree = computed(() => districtTree(query.data.value ?? []));
  const hasDistricts = computed(() => countDistricts(tree.value) > 0);
  return { tree, hasDistricts };
}
