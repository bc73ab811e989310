import { useProcedureMutation, useProcedureQuery } from '@duda/api-client';
import type { RouterOutputs } from '@duda/api-client';
import { toValue } from 'vue';
import type { MaybeRefOrGetter } from 'vue';

export type NodeDetail = RouterOutputs['org']['node'];

export const useNodeQuery = (id: MaybeRefOrGetter<string | null>) =>
  useProcedureQuery('org.node', () => ({ id: toValue(id)! }), { enabled: () => toValue(id) !== null });

// A change of the tree shows in the tree (and every picker of it), the unit's panel, people's units and the log.
const treeReaders = {
  invalidates: ['org.tree', 'org.node', 'org.people', 'org.admin.audit'],
  invalidateOnError: true,
} as const;

export const useCreateNode = () => useProcedureMutation('org.admin.createNode', treeReaders);
export const useUpdateNode = () => useProcedureMutation('org.admin.updateNode', treeReaders);
export const useMoveNode = () => useProcedureMutation('org.admin.moveNode', treeReaders);
export const useSetNodeActive = () => useProcedureMutation('org.admin.setNodeActive', treeReaders);
