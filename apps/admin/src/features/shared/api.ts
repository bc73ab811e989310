import { useProcedureQuery } from '@duda/api-client';
import type { RouterOutputs } from '@duda/api-client';

export type OrgTree = RouterOutputs['org']['tree'];
export type OrgTreeNode = OrgTree[number];

/**
 * The part of the org tree the admin may see — the only nodes any screen here offers, so every pick stays in
 * the admin's own scope (the server refuses the rest anyway). Inactive nodes are shown on the org page only.
 */
export const useOrgTree = (includeInactive = false) =>
  useProcedureQuery('org.tree', { includeInactive }, { staleTime: 60_000 });
