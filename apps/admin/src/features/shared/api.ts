import { useProcedureQuery } from '@duda/api-client';
import type { RouterInputs, RouterOutputs } from '@duda/api-client';
import type { MaybeRefOrGetter } from 'vue';

export type OrgTree = RouterOutputs['org']['tree'];
export type OrgTreeNode = OrgTree[number];

/**
 * The part of the org tree the admin may see — the only nodes any screen here offers, so every pick stays in
 * the admin's own scope (the server refuses the rest anyway). Inactive nodes are shown on the org page only.
 */
export const useOrgTree = (includeInactive = false) =>
  useProcedureQuery('org.tree', { includeInactive }, { staleTime: 60_000 });

export type AuditInput = RouterInputs['org']['admin']['audit'];
export type AuditEntry = RouterOutputs['org']['admin']['audit']['items'][number];

/** A page of the audit log (审计日志) as the admin may read it, newest first. */
export const useAuditQuery = (
  input: MaybeRefOrGetter<AuditInput>,
  enabled: MaybeRefOrGetter<boolean> = true,
) => useProcedureQuery('org.admin.audit', input, { keepPrevious: true, enabled });
