// What the drawer offers on one version, from the version's status and the caller's part in it (the service
// refuses anything else; this only keeps buttons that would be refused off the page).
import type { PolicyStatus } from '@duda/contract-forms';

export interface VersionFacts {
  status: PolicyStatus;
  approvalInstanceId: string | null;
  mine: { mayGiveOpinion: boolean; requiredReading: boolean; readAt: Date | string | null };
}

export type VersionAction =
  'edit' | 'consult' | 'markOpinions' | 'submit' | 'giveOpinion' | 'read' | 'approval';

export function versionActions(v: VersionFacts, mayManage: boolean): VersionAction[] {
  const sentBack = v.status === 'DRAFT' && v.approvalInstanceId !== null;
  const answering = v.status === 'IN_CONSULTATION' || sentBack;
  return [
    ...(mayManage && v.status === 'DRAFT' ? (['edit'] as const) : []),
    ...(mayManage && v.status === 'DRAFT' && !sentBack ? (['consult'] as const) : []),
    ...(mayManage && answering ? (['markOpinions', 'submit'] as const) : []),
    ...(v.mine.mayGiveOpinion ? (['giveOpinion'] as const) : []),
    ...(v.mine.requiredReading && !v.mine.readAt ? (['read'] as const) : []),
    ...(mayManage && v.approvalInstanceId ? (['approval'] as const) : []),
  ];
}

/** A new revision starts from the version in force once nothing else is under way. */
export const mayRevise = (versions: readonly { status: PolicyStatus }[], mayManage: boolean) =>
  mayManage && versions.every((v) => v.status === 'IN_FORCE' || v.status === 'SUPERSEDED');

/** The design system's tone of each status. */
export const POLICY_TONES: Record<PolicyStatus, string> = {
  DRAFT: 'draft',
  IN_CONSULTATION: 'in_progress',
  AWAITING_APPROVAL: 'submitted',
  IN_FORCE: 'published',
  SUPERSEDED: 'archived',
};
