// Approval workflow of the monthly plan (拟定计划 → 领导审批 → 下发), docs/domain.md#plans:
//   DRAFT → SUBMITTED → APPROVED → PUBLISHED
//                     ↘ REJECTED → (REVISE) DRAFT → SUBMITTED …
// The supervisor who owns the plan's scope drafts, submits and publishes; a leader other than the author
// approves or rejects, and a rejection must say why so the author knows what to revise.
import { validatePlanEntries } from './plan-entries.ts';
import type { InspectionPlan, PlanEntry } from './plan.ts';
import {
  assertPlanHasEntries,
  inspectionErrors,
  planActionTerms,
  planStatusTerms,
} from '@duda/contract-inspection';
import type { PlanAction, PlanCommand, PlanStatus } from '@duda/contract-inspection';

export interface PlanActor {
  personId: string;
  /** A supervisor of the plan's own org scope (as decided by the caller's authorisation). */
  supervisesScope: boolean;
  isLeader: boolean;
}

export interface PlanHistoryEntry {
  at: Date;
  actorId: string;
  action: PlanAction;
  fromStatus: PlanStatus;
  toStatus: PlanStatus;
  comment: string | null;
}

type Side = 'OWNER' | 'LEADER';

const TRANSITIONS: Record<PlanAction, { from: PlanStatus; to: PlanStatus; by: Side }> = {
  SUBMIT: { from: 'DRAFT', to: 'SUBMITTED', by: 'OWNER' },
  APPROVE: { from: 'SUBMITTED', to: 'APPROVED', by: 'LEADER' },
  REJECT: { from: 'SUBMITTED', to: 'REJECTED', by: 'LEADER' },
  REVISE: { from: 'REJECTED', to: 'DRAFT', by: 'OWNER' },
  PUBLISH: { from: 'APPROVED', to: 'PUBLISHED', by: 'OWNER' },
};

const isOwner = (plan: Pick<InspectionPlan, 'authorId'>, actor: PlanActor) =>
  actor.personId === plan.authorId || actor.supervisesScope;

/**
 * A draft (草稿) is work in progress: only those who may work on it (its author, a supervisor of its scope) see
 * it; the approving leader and other readers see a plan from its submission on.
 */
export const planVisibleTo = (plan: Pick<InspectionPlan, 'status' | 'authorId'>, actor: PlanActor) =>
  plan.status !== 'DRAFT' || isOwner(plan, actor);

function assertActor(plan: InspectionPlan, actor: PlanActor, side: Side, action: PlanAction): void {
  if (side === 'OWNER' && !isOwner(plan, actor)) {
    throw inspectionErrors.planActionDenied({ action: planActionTerms.term(action) });
  }
  if (side === 'LEADER') {
    if (!actor.isLeader) throw inspectionErrors.leadersApproveOnly();
    if (actor.personId === plan.authorId) throw inspectionErrors.ownPlanApproval();
  }
}

export function transitionPlan<P extends InspectionPlan>(
  plan: P,
  command: PlanCommand,
  actor: PlanActor,
  now: Date,
): { plan: P; history: PlanHistoryEntry } {
  const rule = TRANSITIONS[command.type];
  if (plan.status !== rule.from) {
    throw inspectionErrors.planWrongState({
      status: planStatusTerms.term(plan.status),
      action: planActionTerms.term(command.type),
    });
  }
  assertActor(plan, actor, rule.by, command.type);

  const comment = 'comment' in command ? command.comment?.trim() || null : null;
  if (command.type === 'REJECT' && !comment) throw inspectionErrors.rejectCommentRequired({}, 'comment');
  if (command.type === 'SUBMIT') {
    assertPlanHasEntries(plan.entries);
    validatePlanEntries(plan, plan.entries);
  }

  const next: P = {
    ...plan,
    status: rule.to,
    firstSubmittedAt: command.type === 'SUBMIT' ? (plan.firstSubmittedAt ?? now) : plan.firstSubmittedAt,
  };
  return {
    plan: next,
    history: {
      at: now,
      actorId: actor.personId,
      action: command.type,
      fromStatus: plan.status,
      toStatus: rule.to,
      comment,
    },
  };
}

/** Entries change only while the plan is with its author (草稿 or 已退回). */
export function assertPlanEditable(plan: InspectionPlan, actor: PlanActor): void {
  if (plan.status !== 'DRAFT' && plan.status !== 'REJECTED') {
    throw inspectionErrors.planNotEditable({ status: planStatusTerms.term(plan.status) });
  }
  if (!isOwner(plan, actor)) throw inspectionErrors.editPlanDenied();
}

export function replacePlanEntries<P extends InspectionPlan>(
  plan: P,
  entries: readonly PlanEntry[],
  actor: PlanActor,
): P {
  assertPlanEditable(plan, actor);
  validatePlanEntries(plan, entries);
  return { ...plan, entries };
}
