// The revision flow's rules (制度修订): what may happen to a version in which status, by whom — pure, the service
// loads and stores around them. A refusal is a key of policiesErrors with its parameters.
import type { ApprovalStatus, PolicyStatus } from '@duda/contract-forms';
import { POLICY_OPINION_ROLES } from '@duda/contract-forms';

export type Refusal =
  | {
      key:
        | 'notEditable'
        | 'notInConsultation'
        | 'notConsulted'
        | 'consultationOpen'
        | 'reasonRequired'
        | 'notInForce';
    }
  | { key: 'consultationClosed'; params: { deadline: Date } }
  | { key: 'opinionsUnmarked'; params: { count: number } };

export interface VersionState {
  status: PolicyStatus;
  consultationNodeIds: readonly string[];
  consultationDeadline: Date | null;
  /** Set once it was sent to the leader: a draft with one was sent back (退回修改). */
  approvalInstanceId: string | null;
}

export interface OpinionState {
  orgNodeId: string;
  accepted: boolean | null;
}

interface RoleAt {
  role: string;
  orgNodeId: string;
}

/** Only a draft (new, or sent back) is changed; what went to consultation or the leader is as it was sent. */
export const editRefusal = (v: VersionState): Refusal | null =>
  v.status === 'DRAFT' ? null : { key: 'notEditable' };

/** Consultation starts from a draft not yet consulted; after a send-back the author revises and resubmits. */
export const consultRefusal = (v: VersionState): Refusal | null =>
  v.status === 'DRAFT' && !v.approvalInstanceId ? null : { key: 'notEditable' };

/** The consulted unit the caller answers for (a supervisor or manager there), or why they may not answer. */
export function opinionUnit(
  v: VersionState,
  roles: readonly RoleAt[],
  now: Date,
): { ok: true; orgNodeId: string } | { ok: false; refusal: Refusal } {
  if (v.status !== 'IN_CONSULTATION') return { ok: false, refusal: { key: 'notInConsultation' } };
  const unit = roles.find(
    (r) =>
      (POLICY_OPINION_ROLES as readonly string[]).includes(r.role) &&
      v.consultationNodeIds.includes(r.orgNodeId),
  );
  if (!unit) return { ok: false, refusal: { key: 'notConsulted' } };
  if (v.consultationDeadline && now >= v.consultationDeadline)
    return {
      ok: false,
      refusal: { key: 'consultationClosed', params: { deadline: v.consultationDeadline } },
    };
  return { ok: true, orgNodeId: unit.orgNodeId };
}

/** The author answers opinions while the consultation runs or is over, and again after a send-back. */
export const markRefusal = (
  v: VersionState,
  accepted: boolean,
  reason: string | undefined,
): Refusal | null => {
  if (v.status !== 'IN_CONSULTATION' && !(v.status === 'DRAFT' && v.approvalInstanceId))
    return { key: 'notInConsultation' };
  return !accepted && !reason ? { key: 'reasonRequired' } : null;
};

/**
 * To the leader: from consultation once its deadline passed or every consulted unit answered, or again after a
 * send-back — and only with every opinion marked accepted or not.
 */
export function submitRefusal(v: VersionState, opinions: readonly OpinionState[], now: Date): Refusal | null {
  const resubmission = v.status === 'DRAFT' && v.approvalInstanceId !== null;
  if (v.status !== 'IN_CONSULTATION' && !resubmission) return { key: 'notInConsultation' };
  if (v.status === 'IN_CONSULTATION') {
    const answered = new Set(opinions.map((o) => o.orgNodeId));
    const over = v.consultationDeadline !== null && now >= v.consultationDeadline;
    if (!over && !v.consultationNodeIds.every((id) => answered.has(id))) return { key: 'consultationOpen' };
  }
  const unmarked = opinions.filter((o) => o.accepted === null).length;
  return unmarked ? { key: 'opinionsUnmarked', params: { count: unmarked } } : null;
}

/**
 * Where a version awaiting approval goes when its approval moves: approved, it comes into force (发布); sent back,
 * rejected or withdrawn, back to revision — the history stays with the approval.
 */
export function statusAfterApproval(approval: ApprovalStatus): PolicyStatus {
  if (approval === 'APPROVED') return 'IN_FORCE';
  if (approval === 'IN_PROGRESS') return 'AWAITING_APPROVAL';
  return 'DRAFT';
}
