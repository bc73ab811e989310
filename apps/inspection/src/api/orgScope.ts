import { useProcedureQuery } from '@duda/api-client';
import type { RouterOutputs } from '@duda/api-client';
import type { OrgLevel, OrgTreeNode } from '@duda/ui';
import { computed } from 'vue';

type OrgTree = RouterOutputs['org']['tree'];

export interface OrgPlace {
  id: string;
  name: string;
  level: OrgLevel;
}

/**
 * The visible tree keeping only the given levels (a node of another level is dropped with everything
 * below it), so a picker offers exactly the units a page works on: halls, or districts and cities; every
 * level without them.
 */
export function treeOfLevels(nodes: OrgTree, levels?: readonly OrgLevel[]): OrgTreeNode[] {
  return nodes
    .filter((node) => !levels || levels.includes(node.level))
    .map((node) => ({
      id: node.id,
      name: node.name,
      level: node.level,
      children: treeOfLevels(node.children, levels),
    }));
}

/** Every unit of one level in the visible tree, in tree order. */
export function placesOfLevel(nodes: OrgTree, level: OrgLevel): OrgPlace[] {
  return nodes.flatMap((node) => [
    ...(node.level === level ? [{ id: node.id, name: node.name, level: node.level }] : []),
    ...placesOfLevel(node.children, level),
  ]);
}

/** The one hall a hall's own staff see; null for anyone who sees more than one unit. */
export function ownHall(nodes: OrgTree): OrgPlace | null {
  const [only] = nodes;
  return nodes.length === 1 && only?.level === 'hall'
    ? { id: only.id, name: only.name, level: 'hall' }
    : null;
}

/** The user's visible org tree and the units in it (shared cache with the district picker). */
export function useOrgScope() {
  const query = useProcedureQuery('org.tree', { includeInactive: false }, { staleTime: 5 * 60_000 });
  const nodes = computed(() => query.data.value ?? []);
  return {
    query,
    nodes,
    halls: computed(() => placesOfLevel(nodes.value, 'hall')),
    cities: computed(() => placesOfLevel(nodes.value, 'city')),
    ownHall: computed(() => ownHall(nodes.value)),
    /** The whole visible tree for pickers of any unit. */
    // Every level without naming them: importing the org contract's level list would bring its zod schemas (and
    // zod) into the contracts chunk every page of the remote waits for.
    tree: computed(() => treeOfLevels(nodes.value)),
    /** Cities and districts: what notices and archives are kept for. */
    reportingTree: computed(() => treeOfLevels(nodes.value, ['province', 'city', 'district'])),
  };
}
