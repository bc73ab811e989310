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

/** The org tree as the consultation dialog reads it: a unit and the units below it. */
export interface UnitNode {
  id: string;
  name: string;
  children?: readonly UnitNode[];
}

/**
 * The units a consultation may go to, as a short list to tick: those right below the policy's owner (a city's
 * districts, a district's halls); nothing when the caller does not see the owner.
 */
export function unitsBelow(tree: readonly UnitNode[], ownerId: string): { id: string; name: string }[] {
  for (const node of tree) {
    if (node.id === ownerId) return (node.children ?? []).map(({ id, name }) => ({ id, name }));
    const below = unitsBelow(node.children ?? [], ownerId);
    if (below.length) return below;
  }
  return [];
}

/** The deadline quick picks offer, in days from today. */
export const DEADLINE_SHORTCUTS = [3, 7, 14] as const;
/** A quick pick's deadline: the end of the working day (18:00, the viewer's clock) that many days from now. */
export function deadlineInDays(days: number, now: Date): Date {
  const at = new Date(now);
  at.setDate(at.getDate() + days);
  at.setHours(18, 0, 0, 0);
  return at;
}
